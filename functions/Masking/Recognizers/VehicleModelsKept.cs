using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A vehicle's model and model year stay after its make ("Suzuki Cultus", "Nissan Patrol 2022", "Toyota Corolla 2014"): claims
/// and police reports name the car of nearly every incident, and the model is no one's name or home ("Cultus", "Patrol", a
/// Honda "City") nor its year anyone's number. Read last, over whatever marked them; the plate, the VIN and the owner are
/// read by their own rules and stay masked.
/// </summary>
internal static class VehicleModelsKept
{
    // Makes as written before a model, in the markets the product serves. Not those that are given names or words too
    // ("Mercedes García", "Lincoln", "Genesis", "Seat").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Makes = new HashSet<string>(
        ["Toyota", "Nissan", "Honda", "Hyundai", "Kia", "Ford", "Chevrolet", "Chevy", "BMW", "Mercedes-Benz", "Audi", "VW",
         "Volkswagen", "Mazda", "Suzuki", "Mitsubishi", "Lexus", "Tesla", "Peugeot", "Renault", "Citroën", "Citroen", "Fiat", "Skoda",
         "Škoda", "Dacia", "Opel", "Vauxhall", "Volvo", "Subaru", "Isuzu", "Jeep", "Dodge", "GMC", "Chery", "Geely", "BYD", "Proton",
         "Perodua", "Mahindra", "Maruti", "Lada", "Cupra", "Porsche", "Jaguar", "Haval", "Daihatsu", "Infiniti", "Acura",
         "Buick", "Cadillac", "Chrysler", "Hino", "Bajaj", "Yamaha", "Kawasaki", "Ducati", "Vespa"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Makes that are Japanese family names too ("Suzuki Kenta", "Honda Keisuke"): a word after them may be a given name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNameMakes = new HashSet<string>(
        ["Toyota", "Honda", "Suzuki", "Mitsubishi", "Subaru", "Yamaha", "Kawasaki", "Mazda", "Isuzu"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a make stands right before <paramref name="start"/>, or before the one word before it ("Nissan Patrol 2022").</summary>
    public static bool MakeBefore(string text, int start, int words, bool familyNames = true)
    {
        var end = start;
        for (var w = 0; w < words; w++)
        {
            if (end < 2 || text[end - 1] != ' ')
            {
                return false;
            }

            var wordStart = end - 1;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, end - 1 - wordStart);
            if (wordStart < end - 1 && Makes.Contains(word) && (familyNames || !FamilyNameMakes.Contains(word)))
            {
                return true;
            }

            end = wordStart;
        }

        return false;
    }

    /// <summary><paramref name="matches"/> without the models and model years read as names, towns or numbers; the same list when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Apply(string text, List<PiiMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var value = text.AsSpan(m.Start, m.Length);
            var kept = m.Type switch
            {
                // One word after the make: "Suzuki Cultus", "Honda City".
                // A listed name after a make that is a given name too stays someone's ("Kia Johnson").
                PiiEntityType.Person or PiiEntityType.City => !value.Contains(' ') && MakeBefore(text, m.Start, 1, familyNames: false)
                    && (NameWords.Of(value) & (WordKinds.FirstName | WordKinds.LastName)) == 0,
                // A year after the make and its model: "Nissan Patrol 2022".
                PiiEntityType.OtherIdentifier => value.Length == 4 && value[0] is '1' or '2' && !value.ContainsAnyExceptInRange('0', '9')
                    && MakeBefore(text, m.Start, 2),
                _ => false,
            };

            if (kept)
            {
                matches.RemoveAt(i);
            }
        }

        return matches;
    }
}
