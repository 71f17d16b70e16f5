using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// A home named by its own number rather than a street number: "Hse No. B7", "H/No. C 45/7", "Apt 4C", "Flat 3 Block C",
/// "House 14-C Street 7 Block 13-D", "Plot 4521". Kenyan, Ghanaian, Nigerian, Pakistani and Zambian records write the
/// dwelling this way, often after an estate's or a road's name that no pattern of a street address covers.
/// </summary>
internal sealed partial class LocationRecognizer
{
    private static readonly System.Buffers.SearchValues<string> DwellingWords = System.Buffers.SearchValues.Create(
        ["Flat ", "FLAT ", "flat ", "Apt", "APT", "apt ", "Apartment ", "Hse", "HSE", "hse ", "House ", "HOUSE ", "house no", "H/No", "H/no", "H No", "H.No", "Plot ", "PLOT "],
        StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDwellings(TextScan scan)
    {
        var text = scan.Text;
        // Norway's dwelling number: the floor's letter (H, U, K, L), the floor and the door ("in flat H0402", "Ingrid Solheim
        // in H0104", "leilighet H0201").
        if (scan.HasDigit && text.AsSpan().IndexOfAny("HUKL") >= 0)
        {
            scan.AddMatches(NorwegianDwellingRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        if (text.AsSpan().IndexOfAny(DwellingWords) < 0)
        {
            return;
        }

        foreach (var m in DwellingRegex().EnumerateMatches(text))
        {
            if ((text[m.Index] is 'H' or 'h' && text[m.Index + 1] is 's' or 'S' or '/' or '.' or ' ') || text[m.Index] is 'P' || IsDwellingInAnAddress(text, m.Index, m.Index + m.Length))
            {
                scan.Add(PiiEntityType.StreetAddress, m.Index, m.Length, 0.78);
            }
        }
    }

    /// <summary>
    /// A flat, apartment or house number is someone's address within one ("Lenana Rd, Apt 4C", "Flat 7, Sai Residency", "Flat 3
    /// Block C"), not on its own: "Flat 18 was empty" names no one's home. "Hse No." and "Plot" are written only for homes.
    /// </summary>
    private static bool IsDwellingInAnAddress(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var after = text.AsSpan(end).TrimStart(' ');
        var value = text.AsSpan(start, end - start);
        // "Evelyn Brooks (apt 6C)", "Rosa Villanueva, apt 2F same building": a unit's letter after its number marks a home. A
        // "flat" in lower case in brackets may be a survey's or a listing's ("apartment 12 of the survey (flat 3)").
        var lowerFlat = value.StartsWith("flat", StringComparison.Ordinal);
        return (before.Length > 0 && (before[^1] == ',' || (before[^1] == '(' && !lowerFlat)))
            || (value.Length > 2 && char.IsLetter(value[^1]) && char.IsDigit(value[^2])
                && (value.StartsWith("apt", StringComparison.OrdinalIgnoreCase) || value.StartsWith("flat", StringComparison.OrdinalIgnoreCase)))
            || (after.Length > 2 && after[0] == ',' && after[1..].TrimStart(' ') is { Length: > 0 } next && (char.IsUpper(next[0]) || IsStreetNumberAndName(next)))
            || value.Contains(" Block", StringComparison.Ordinal) || value.Contains(" BLOCK", StringComparison.Ordinal)
            || value.Contains(" Blk", StringComparison.Ordinal) || value.Contains(" Street", StringComparison.Ordinal);
    }

    /// <summary>A street's number and its capitalised name, as the rest of the address after the flat ("Flat 3, 27 Albert Embankment").</summary>
    private static bool IsStreetNumberAndName(ReadOnlySpan<char> next)
    {
        var digits = next.IndexOfAnyExceptInRange('0', '9');
        return digits is >= 1 and <= 4 && digits + 2 < next.Length && next[digits] == ' ' && char.IsUpper(next[digits + 1]);
    }

    // The word, an optional "No." or "#", the number (a letter may stand before or after it, or a floor's letter and the door as
    // Edinburgh writes them, "flat 1F1"; a hyphen or slash part after), then
    // any block, street, lane or sector numbers that follow ("House 14-C Street 7 Block 13-D").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:Flat|FLAT|flat|Apt\.?|APT\.?|apt\.?|Apartment|Hse\.?|HSE\.?|hse\.?|House|HOUSE|house(?= no)|H/[Nn]o\.?|H\.? ?No\.?|Plot|PLOT)\s?(?:No\.?|no\.?|NO\.?|#)?\s?(?:[A-Z] ?)?\d{1,5}(?:[A-Za-z]\d?)?(?: ?[-/] ?[A-Z0-9]{1,4}){0,2}(?:,? (?:Block|Blk|BLOCK|Street|St\.?|Lane|Gali|Sector|Phase) ?(?:No\.? ?)?[A-Z0-9]{1,4}(?:[-/][A-Z0-9]{1,4})?)*(?![\p{L}\d%]|[.,]\d)")]
    private static partial Regex DwellingRegex();

    [GeneratedRegex(@"(?<=(?<![\p{L}\d])(?:flat|Flat|leilighet|leil\.|bolignr\.?|bolignummer|in|i|nr\.?) )[HUKL]0[1-9]\d{2}(?![\p{L}\d])")]
    private static partial Regex NorwegianDwellingRegex();
}
