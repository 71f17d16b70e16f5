using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// The district or suburb an address names between its parts, read once the parts are known: the Korean neighbourhood in
/// brackets after the street ("주소: 서울 마포구 월드컵북로 396 (상암동)"), and the capitalised words standing alone
/// between a street and its town or postcode ("14 Vlissengen Rd Kitty, Georgetown", "22 Bóthar na Sráide, Mallow, Co.
/// Cork", "88-12 164th St, Jamaica, NY 11432"). No recognizer can tell such a word from an ordinary one on its own; the
/// address on either side of it can. The same holds for a flat's or a house's number written beside an address part
/// ("address flat 12, Sai Krupa Apts", "mtaa wa Mapipa, nyumba no. 47, Dar es Salaam").
/// </summary>
internal static partial class DistrictsAfterAddresses
{
    private const double Score = 0.75;

    /// <summary>The longest stretch between two address parts that can still be one district.</summary>
    private const int MaxDistrictLength = 32;

    /// <summary>
    /// City spans for the districts between and after the address parts of <paramref name="matches"/>, and street-address spans
    /// for the flats' and houses' numbers beside them; null when none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches, bool nonAscii, bool digits)
    {
        List<PiiMatch>? found = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var address = matches[m];
            if (nonAscii && BracketedNeighbourhood(text, address) is { } neighbourhood)
            {
                (found ??= []).Add(neighbourhood);
            }

            if (nonAscii && address.Type == PiiEntityType.ZipCode && TownBeforePostcode(text, address.Start) is { } town)
            {
                (found ??= []).Add(town);
            }

            if (digits && address.Type == PiiEntityType.City && PostcodeAfterTown(text, address.End, m + 1 < matches.Count ? matches[m + 1].Start : text.Length) is { } postcode)
            {
                (found ??= []).Add(postcode);
            }

            if (m + 1 < matches.Count && IsAddressPart(address.Type) && IsTownOrPostcode(matches[m + 1].Type)
                && DistrictBetween(text, address.End, matches[m + 1].Start, matches[m + 1].Type == PiiEntityType.ZipCode) is (var start, var end))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.City, start, end - start, Score));
            }

            if (digits && IsAddressPart(address.Type))
            {
                // "flat 12, <street>" before the part, ", nyumba no. 47" after it.
                var from = Math.Max(m > 0 ? matches[m - 1].End : 0, address.Start - 24);
                if (address.Start - from >= 6 && text[address.Start - 1] == ' ' && text[address.Start - 2] is ',' or '،' && char.IsLetterOrDigit(text[address.Start - 3])
                    && UnitBeforeRegex().Match(text, from, address.Start - from) is { Success: true } before)
                {
                    (found ??= []).Add(new PiiMatch(PiiEntityType.StreetAddress, before.Index, before.Length - 2, Score));
                }

                var to = Math.Min(m + 1 < matches.Count ? matches[m + 1].Start : text.Length, address.End + 24);
                if (to - address.End >= 6 && text[address.End] is ',' or '،' or ' ' && UnitAfterRegex().Match(text, address.End, to - address.End) is { Success: true } after)
                {
                    // The unit starts after the comma and its space, right after the bracket, or after the space.
                    var mark = after.ValueSpan.IndexOfAny(",،(");
                    var unit = mark < 0 ? after.Index + 1 : after.Index + mark + (after.ValueSpan[mark] == '(' ? 1 : 2);
                    (found ??= []).Add(new PiiMatch(PiiEntityType.StreetAddress, unit, after.Index + after.Length - unit, Score));
                }

                if (to > address.End && text[address.End] == '-' && WardAndDistrictRegex().Match(text, address.End, to - address.End) is { Success: true } ward
                    && !Lexicon.NotNames.Contains(ward.Groups[1].ValueSpan))
                {
                    (found ??= []).Add(new PiiMatch(PiiEntityType.City, ward.Groups[1].Index, ward.Groups[1].Length, Score));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A postcode of five or six digits right after a town, alone or after a comma ("seattle 98122 if u need"; "Quilpué, 2430000"
    /// is seven and stays with the rules): a chat gives the town and its code and nothing else of the address. Not four: after
    /// a town they are a year or a count more often ("Paris 2024", "Denver, 4500 more"), and four-digit codes precede the town.
    /// </summary>
    private static PiiMatch? PostcodeAfterTown(string text, int townEnd, int limit)
    {
        var start = townEnd;
        if (start < text.Length && text[start] == ',')
        {
            start++;
        }

        if (start >= limit || text[start] != ' ')
        {
            return null;
        }

        start++;
        var end = start;
        while (end < limit && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start is >= 5 and <= 6 && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            ? new PiiMatch(PiiEntityType.ZipCode, start, end - start, Score)
            : null;
    }

    /// <summary>
    /// The town written right before a postcode in a script without capitals, after the address's last comma ("…, ವಿಜಯನಗರ
    /// 2ನೇ ಹಂತ, ಮೈಸೂರು 570017", "…, मखमलाबाद रोड, नाशिक - ४२२००३"): one word of that script, alone between the comma and
    /// the number.
    /// </summary>
    private static PiiMatch? TownBeforePostcode(string text, int postcode)
    {
        var end = postcode;
        for (var skipped = 0; skipped < 3 && end > 0 && text[end - 1] is ' ' or '-' or '–'; skipped++)
        {
            end--;
        }

        if (end == postcode || end < 3 || !CaselessScriptRecognizer.IsCaselessLetter(text[end - 1]))
        {
            return null;
        }

        var start = end;
        while (start > 0 && CaselessScriptRecognizer.IsCaselessLetter(text[start - 1]))
        {
            start--;
        }

        return end - start >= 2 && start >= 2 && text[start - 1] == ' ' && text[start - 2] is ',' or '،'
            ? new PiiMatch(PiiEntityType.City, start, end - start, Score)
            : null;
    }

    private static PiiMatch? BracketedNeighbourhood(string text, PiiMatch address)
    {
        var open = address.End + 1;
        if (address.Type != PiiEntityType.StreetAddress || open + 3 >= text.Length || text[address.End] != ' ' || text[open] is not ('(' or '（'))
        {
            return null;
        }

        var end = open + 1;
        while (end < text.Length && text[end] is >= '\uAC00' and <= '\uD7A3')
        {
            end++;
        }

        return end - open - 1 is >= 2 and <= 6 && end < text.Length && text[end] is ')' or '）' && text[end - 1] is '동' or '읍' or '면' or '리' or '가'
            ? new PiiMatch(PiiEntityType.City, open + 1, end - open - 1, Score)
            : null;
    }

    // A flat's, a unit's or a house's number: English, Swahili ("nyumba no."), French ("villa"), Spanish and Portuguese ("casa",
    // "apto", "ap 54", Mexico's "int. 5", "depto"), and Arabic's villa, building and flat ("يسكن الورقاء 3، فيلا 22"); a
    // building, block or staircase named by a letter ("bâtiment B", "bloco C", "torre 2"); a floor and door written with an
    // ordinal sign, as Argentina and Spain do ("3° B", "5º 2ª"), though not a temperature ("24°C"); a city's numbered sector
    // beside the street (Bucharest's "Bd. Decebal 11, sector 3", Noida's "Sector 62"); a floor and side in Danish, German and
    // Icelandic ("Nørrebrogade 184, 2. th.", "st. tv.", "Lindwurmstraße 142, 3. OG links", "2. hæð").
    private const string Unit = @"(?<!\p{L})(?:(?i:flat|apt\.?|apartment|unit|suite|villa|plot|house(?: no\.?)?|nyumba(?: no\.?)?|casa|apto\.?|ap\.?|int\.|interior|depto\.?|dpto\.?|piso|nr\.|sector|secteur|sektor|فيلا|عمارة|شقة|بناية) ?[A-Z]?\d{1,4}[A-Za-z]?"
        + @"|(?i:bâtiment|bât\.|bloc|bloco|bloque|escalier|esc\.|torre|tower|wing|edificio|edif\.) ?(?:[A-Z]|\d{1,3})(?!\p{L})"
        + @"|\d{1,2} ?[º°ª](?: ?(?:(?![CF](?!\p{L}))[A-Z]|\d{1,2} ?[º°ª]?)(?!\p{L}))?"
        + @"|(?:\d{1,2}|st)\. ?(?:th|tv|mf|OG|Stock|Etage|etg|hæð|hæd)\.?(?: (?:links|rechts|li\.|re\.|Mitte|th\.?|tv\.?))?(?!\p{L}))";

    [GeneratedRegex(Unit + @"[,،] \z")]
    private static partial Regex UnitBeforeRegex();

    // The unit may follow a number that ends the part ("الورقاء 3، فيلا 22"), stand in brackets after a neighbour's name
    // ("dl. Vasile Muntean (ap. 31)", "dhr. Koen Smit, nr. 149)"), or follow the street after a space ("1520 Yesler Way unit 9").
    [GeneratedRegex(@"\G(?:(?: \d{1,4})?[,،] | \(| )" + Unit + @"(?=[,.;،\n)]|\z| )")]
    private static partial Regex UnitAfterRegex();

    // Nepal's ward after the municipality, then the district ("Pokhara-12, Kaski", "Godawari-7, Suryabinayak").
    [GeneratedRegex(@"\G-\d{1,2}, (\p{Lu}\p{Ll}+)(?=[,.;\n]|\z)")]
    private static partial Regex WardAndDistrictRegex();

    private static bool IsAddressPart(PiiEntityType type) => type is PiiEntityType.StreetAddress or PiiEntityType.City or PiiEntityType.Person;

    private static bool IsTownOrPostcode(PiiEntityType type) => type is PiiEntityType.City or PiiEntityType.ZipCode;

    /// <summary>
    /// The district in the gap <paramref name="from"/>..<paramref name="to"/> between two address parts: one to three
    /// capitalised words, set off by a comma or a space on the left and a comma on the right, optionally followed by a
    /// county word or a two-letter state code before the next part; or a slash before the town, as Turkish addresses write
    /// the district ("Kadıköy/İstanbul"); or only a space or a bracket before a postcode ("Christ Church BB17047", "CABA
    /// (C1425)").
    /// </summary>
    private static (int Start, int End)? DistrictBetween(string text, int from, int to, bool postcodeNext)
    {
        if (to - from > MaxDistrictLength + 8 || to - from < 3)
        {
            return null;
        }

        var start = from;
        if (text[start] == ',')
        {
            start++;
        }

        if (start >= to || text[start] != ' ')
        {
            return null;
        }

        start++;
        var comma = text.AsSpan(start, to - start).IndexOfAny(',', '/') is var at and >= 0 ? start + at : -1;
        if (comma >= 0 && text[comma] == '/' && comma != to - 1)
        {
            return null;
        }

        if (comma < 0)
        {
            if (!postcodeNext || !(text[to - 1] == ' ' || (text[to - 1] == '(' && text[to - 2] == ' ')))
            {
                return null;
            }

            // "…, Ernakulam - 682020": India writes a dash between the town and its PIN.
            comma = text[to - 1] == '(' ? to - 2 : text.AsSpan(start, to - start).EndsWith(" - ") ? to - 3 : to - 1;
            if (comma <= start)
            {
                return null; // ", (12345)": nothing stands between the comma and the postcode's bracket
            }

            // A state before its postcode is no district ("Toowong, QLD 4066", "Columbus, Ohio 43215").
            var state = text.AsSpan(start, comma - start);
            if (Lexicon.Regions.Contains(state) || !state.ContainsAnyInRange('a', 'z'))
            {
                return null;
            }
        }

        // What stands between the comma and the next part: nothing, a county word ("Co. Cork") or a state code ("NY 11432").
        var rest = text.AsSpan(comma + 1, to - comma - 1).Trim();
        // Australia's states have three letters ("14 Wattle Cres, Bathurst NSW 2795").
        if (!rest.IsEmpty && rest is not ("Co." or "County" or "Co") && !TextScan.IsAustralianState(rest)
            && !(rest.Length == 2 && char.IsAsciiLetterUpper(rest[0]) && char.IsAsciiLetterUpper(rest[1])))
        {
            return null;
        }

        var district = text.AsSpan(start, comma - start);
        var words = 0;
        foreach (var range in district.Split(' '))
        {
            var word = district[range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || Lexicon.NotNames.Contains(word) || ++words > 3)
            {
                return null;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\''))
                {
                    return null;
                }
            }
        }

        return (start, comma);
    }
}
