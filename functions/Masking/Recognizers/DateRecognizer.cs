using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Dates precise to the day. Safe Harbor removes every date element but the year when it relates to a person;
/// in a record about a person a full date almost always does, so full dates are masked and person cues
/// (birth, admission, death) only raise confidence. Years alone, months, weekdays and quarters are kept.
/// </summary>
internal sealed partial class DateRecognizer : IRecognizer
{
    private static readonly CueSet PersonCues = new(
        "born", "birth", "dob", "d.o.b", "birthday", "admitted", "admission", "discharged", "discharge", "died",
        "death", "deceased", "passed away", "date of service", "seen on", "visit", "surgery", "procedure", "arrested",
        "incident", "accident", "loss", "diagnosed", "married", "hired", "expires", "expiry"
    );

    private static readonly System.Buffers.SearchValues<string> MonthNames = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        if (!scan.HasDigit)
        {
            return;
        }

        // Numeric dates need a separator between digit groups; named-month dates need a month name in the text.
        var numeric = false;
        foreach (var (start, end, digits) in scan.DigitClusters)
        {
            if (end - start > digits && scan.Text.AsSpan(start, end - start).IndexOfAny('/', '-', '.') >= 0)
            {
                numeric = true;
                break;
            }
        }

        var named = scan.Text.AsSpan().IndexOfAny(MonthNames) >= 0;
        foreach (var regex in (ReadOnlySpan<Regex>)[NumericDateRegex(), IsoDateRegex(), MonthNameDateRegex(), DayMonthNameDateRegex()])
        {
            if ((regex == NumericDateRegex() || regex == IsoDateRegex()) ? !numeric : !named)
            {
                continue;
            }

            // Month names ("September 14") may stand up to 12 characters before the first digit.
            foreach (var (index, length) in scan.MatchesNearClusters(regex, 3, 12, 3))
            {
                var score = scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.7;
                scan.Add(PiiEntityType.Date, index, length, score);
            }
        }
    }

    // 03/14/1962, 14.03.1962, 3-14-62
    [GeneratedRegex(@"(?<![\w/.\-])(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|[12]\d|3[01])[/.\-](?:19|20)?\d{2}(?![\w/\-]|\.\d)")]
    private static partial Regex NumericDateRegex();

    // 1962-03-14, 1962/03/14
    [GeneratedRegex(@"(?<![\w/.\-])(?:19|20)\d{2}[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12]\d|3[01])(?![\w/\-]|\.\d)")]
    private static partial Regex IsoDateRegex();

    // March 14, 1962 / Mar 14 1962 / March 14th, 1962
    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b")]
    private static partial Regex MonthNameDateRegex();

    // 14 March 1962 / 14 Mar 1962 / 14th of March, 1962
    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:19|20)\d{2}\b")]
    private static partial Regex DayMonthNameDateRegex();
}
