using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Dates in shapes the patterns for Latin-script months do not read: Vietnamese ("ngày 05 tháng 8 năm 2024"), the year first
/// with a month of a script without capitals ("2024 පෙබරවාරි 17", "२०८१ असोज १३" once its digits are ASCII, as Sinhala and
/// Nepali write them), a month word between hyphens ("02-ene-2024", "14-ಮಾರ್ಚ್-2025"), and months that are words too between
/// a day and a year ("3 mas 1996", "12 মে 2024").
/// </summary>
internal sealed partial class DateRecognizer
{
    /// <summary>
    /// Months that are words too, or too short to read alone: Haitian Creole's "mas", "me", "jen" and "out", "May" in the Indic
    /// scripts, Nepal's shortest Bikram Sambat months ("जेठ" is a husband's elder brother in Hindi): months only with a day
    /// and a year around them ("12 মে 2024", "2080 चैत 5"; the text's digits are ASCII by then).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthsOnlyWithAYear =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["mas", "me", "jen", "out", "मे", "मई", "মে", "మే", "ಮೇ", "મે", "ਮਈ", "जेठ", "पुस", "माघ", "चैत"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static void RecognizeDatesOfOtherShapes(TextScan scan)
    {
        var text = scan.Text;
        if (scan.HasNonAscii && text.Contains("tháng", StringComparison.Ordinal))
        {
            scan.AddMatches(VietnameseDateRegex(), PiiEntityType.Date, 0.85);
        }

        foreach (var (start, end) in scan.DigitRuns)
        {
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-'))
            {
                continue;
            }

            var digits = end - start;
            if (digits == 4 && text[start] is '1' or '2' && end + 1 < text.Length && text[end] == ' ' && scan.HasNonAscii)
            {
                // "2024 පෙබරවාරි 17", "2081 साउन 12": the year, a month of another language and the day.
                var (monthEnd, isMonth) = MonthWordAt(text, end + 1);
                if ((isMonth || MonthsOnlyWithAYear.Contains(text.AsSpan(end + 1, monthEnd - end - 1))) && monthEnd + 2 <= text.Length
                    && text[monthEnd] == ' ' && DayAt(text, monthEnd + 1) is var dayEnd and > 0)
                {
                    scan.Add(PiiEntityType.Date, start, dayEnd - start, 0.8);
                }
            }
            else if (digits is 1 or 2 && end + 1 < text.Length && text[end] is '-' or ' ')
            {
                // "02-ene-2024", "14-ಮಾರ್ಚ್-2025": the separator again before the year. "3 mas 1996": a Haitian month with its year.
                var separator = text[end];
                var (monthEnd, isMonth) = MonthWordAt(text, end + 1);
                var month = text.AsSpan(end + 1, monthEnd - end - 1);
                var shortMonth = separator == ' ' && MonthsOnlyWithAYear.Contains(month);
                if (!((separator == '-' && (isMonth || MonthWords.Contains(month))) || shortMonth) || monthEnd + 5 > text.Length || text[monthEnd] != separator
                    || int.Parse(text.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 31)
                {
                    continue;
                }

                var year = text.AsSpan(monthEnd + 1, 4);
                if (year is ['1' or '2', '9' or '0', _, _] && !year.ContainsAnyExceptInRange('0', '9')
                    && (monthEnd + 5 == text.Length || !char.IsLetterOrDigit(text[monthEnd + 5])))
                {
                    scan.Add(PiiEntityType.Date, start, monthEnd + 5 - start, scan.CueBefore(start, PersonCues, 40) ? 0.95 : 0.8);
                }
            }
        }
    }

    /// <summary>
    /// Where the word at <paramref name="start"/> ends (letters and the vowel signs of the Indic scripts, and the zero-width
    /// joiner Sinhala writes inside "අප්‍රේල්"), and whether it is a month of another language.
    /// </summary>
    private static (int End, bool IsMonth) MonthWordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 14 && (char.IsLetter(text[end]) || text[end] == '\u200D'
                   || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        return (end, word.Length >= 2 && OtherLanguageMonths.Contains(word));
    }

    /// <summary>The end of a day of one or two digits at <paramref name="start"/> that no letter or digit continues; 0 otherwise.</summary>
    private static int DayAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start is 1 or 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]))
            && int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 ? end : 0;
    }

    // "ngày 05 tháng 8 năm 2024", "ngày 5 tháng 8", "12 tháng 3 năm 2024": a day needs "ngày" before it or the year after it,
    // as "3 tháng" alone is three months.
    [GeneratedRegex(@"(?:\b[Nn]gày\s+(?:0?[1-9]|[12]\d|3[01])\s+tháng\s+(?:0?[1-9]|1[0-2])(?:\s*,?\s*năm\s+(?:19|20)\d{2})?|\b(?:0?[1-9]|[12]\d|3[01])\s+tháng\s+(?:0?[1-9]|1[0-2])\s*,?\s*năm\s+(?:19|20)\d{2})(?!\d)")]
    private static partial Regex VietnameseDateRegex();
}
