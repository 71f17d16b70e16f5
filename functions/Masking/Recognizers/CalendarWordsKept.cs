using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// English weekdays and months, and other languages' weekdays in small letters, stay, whichever reader marked them as a name or a town: the rules check them
/// (<see cref="TextScan.Admits"/>), the word model may still read "Grace won't be at Monday's session" as a name. Read
/// last; only a span that is the word alone, with a possessive "'s" at most, is dropped. Months that are given names too
/// ("April", "May", "June", "July", "August", "March") and other languages' months ("Marco", "Maja", "Mai" are names as
/// well) are left to the readers that marked them. A one-word name before a shop's or a practice's own word is the
/// business's ("Ernest Chemists"), which the rules never mark and the word model may.
/// </summary>
internal static class CalendarWordsKept
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishCalendar = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "September", "October",
         "November", "December"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Weekdays of other languages, as chat writes them in small letters ("randevou ou lendi a 9è", "le lundi matin", "am montag"):
    // only in small letters, and not those that are given names too (Spanish and Portuguese "Domingo").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseWeekdays = new HashSet<string>(
        ["lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
         "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "lunedì", "martedì", "mercoledì", "giovedì",
         "venerdì", "sabato", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "maandag", "dinsdag",
         "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "segunda", "terça", "quarta", "quinta", "sexta"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A shop's or a practice's own word after the name it trades under ("Ernest Chemists", "Patel Opticians").
    private static readonly string[] BusinessWords =
        [" Chemists", " Chemist", " Pharmacy", " Opticians", " Solicitors", " Motors", " Bakery", " Supermarket", " Hardware",
         " Apotheke", " Farmacia", " Pharmacie", " Apotheek"];

    /// <summary>Whether a one-word name is followed by a shop's or a practice's own word: the business, not a person.</summary>
    private static bool BusinessWordAfter(string text, PiiMatch m)
    {
        if (text.AsSpan(m.Start, m.Length).Contains(' '))
        {
            return false;
        }

        foreach (var word in BusinessWords)
        {
            if (text.AsSpan(m.End).StartsWith(word, StringComparison.Ordinal)
                && (m.End + word.Length == text.Length || !char.IsLetter(text[m.End + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="matches"/> without the weekdays and months marked as names; the same list when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Apply(string text, List<PiiMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            if (m.Type is not (PiiEntityType.Person or PiiEntityType.City) || m.Length > 24)
            {
                continue;
            }

            var word = text.AsSpan(m.Start, m.Length);
            var core = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (EnglishCalendar.Contains(core) || LowerCaseWeekdays.Contains(core) || (m.Type == PiiEntityType.Person && BusinessWordAfter(text, m)))
            {
                matches.RemoveAt(i);
            }
        }

        return matches;
    }
}
