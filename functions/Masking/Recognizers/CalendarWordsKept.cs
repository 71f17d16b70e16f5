using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// English weekdays and months stay, whichever reader marked them as a name or a town: the rules check them
/// (<see cref="TextScan.Admits"/>), the word model may still read "Grace won't be at Monday's session" as a name. Read
/// last; only a span that is the word alone, with a possessive "'s" at most, is dropped. Months that are given names too
/// ("April", "May", "June", "July", "August", "March") and other languages' months ("Marco", "Maja", "Mai" are names as
/// well) are left to the readers that marked them.
/// </summary>
internal static class CalendarWordsKept
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishCalendar = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "September", "October",
         "November", "December"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (EnglishCalendar.Contains(core))
            {
                matches.RemoveAt(i);
            }
        }

        return matches;
    }
}
