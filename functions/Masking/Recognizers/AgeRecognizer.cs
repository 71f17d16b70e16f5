using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Ages over 89. Safe Harbor removes "all ages over 89 and all elements of dates indicative of such age" (they are
/// rare enough to identify someone); younger ages are not identifiers and carry clinical meaning, so they are kept.
/// An age is a number 90–130 written as one ("92-year-old", "95 years old", "93 y/o", "aged 91", "Age: 104") or a
/// decade of life ("in her late 90s"); other numbers in that range (doses, readings, rooms) are left alone.
/// </summary>
internal sealed class AgeRecognizer : IRecognizer
{
    // What may follow the number, case-insensitively, each ending at a word boundary.
    private static readonly string[] AgeSuffixes =
    [
        "-year-old", "-years-old", " year old", " years old", "-year old", " years of age", " year-old", " years-old",
        "-yr-old", " yr old", " yrs old", " y/o", " y.o.", " y.o", " yo", "yo", "-yo", " yoa", " yrs", " yr", " years",
        // Other languages: "92 J.", "92 Jahre", "94 anni", "91 ans", "93 años", "90 jaar", "95 lat", "92 anos".
        " J.", " J", " Jahre", " jaar", " ans", " años", " anni", " lat", " anos",
    ];

    // What may stand right before the number (after optional spaces), case-insensitively, at a word start.
    private static readonly string[] AgePrefixes =
    [
        "aged", "age", "age:", "aged:", "age of", "ages", "age at death", "age at death:", "died at",
        // A person's age said in a sentence ("my dad is 90 and", "he's 91").
        "he's", "she's", "he is", "she is", "who is", "who's", "dad is", "mum is", "mom is", "father is", "mother is",
        "nan is", "gran is", "grandma is", "grandad is", "grandpa is", "grandfather is", "grandmother is",
    ];

    // Before a decade ("90s"): whose decade it is.
    private static readonly string[] DecadePrefixes = ["his", "her", "their", "early", "mid", "mid-", "late"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        if (!scan.HasDigit)
        {
            return;
        }

        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start is < 2 or > 3 || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ',' or '$' or '#' or '/' or '-' or '+')))
            {
                continue;
            }

            var value = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
            if (value is < 90 or > 130)
            {
                continue;
            }

            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                // A decade: "in her late 90s" (not "the 1990s", which has four digits, nor "90s" without a person).
                if (value % 10 == 0 && EndsWithWord(text.AsSpan(0, start).TrimEnd(), DecadePrefixes))
                {
                    scan.Add(PiiEntityType.Age, start, end + 1 - start, 0.85);
                }

                continue;
            }

            if (StartsWithSuffix(text.AsSpan(end)) || (EndsWithWord(text.AsSpan(0, start).TrimEnd(), AgePrefixes) && !FollowedByUnit(text.AsSpan(end)))
                || IsAsideAfterName(text, start, end))
            {
                scan.Add(PiiEntityType.Age, start, end - start, 0.9);
            }
        }
    }

    /// <summary>"Mrs Okafor, 93, was found…": the number alone between commas right after a capitalised name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAsideAfterName(string text, int start, int end)
    {
        // "Reginald Ashworth-Pym (91), pedestrian": the number alone in brackets right after the name, too.
        var bracketed = start >= 4 && text[start - 1] == '(' && text[start - 2] == ' ' && end < text.Length && text[end] == ')';
        if (!bracketed && (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',' || end >= text.Length || text[end] is not (',' or ')' or ';')))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return start - 2 - wordStart >= 2 && char.IsUpper(text[wordStart]) && !Lexicon.NotNames.Contains(text.AsSpan(wordStart, start - 2 - wordStart));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWithSuffix(ReadOnlySpan<char> after)
    {
        foreach (var suffix in AgeSuffixes)
        {
            if (after.StartsWith(suffix, StringComparison.OrdinalIgnoreCase) && (after.Length == suffix.Length || !char.IsLetterOrDigit(after[suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number with a unit after it ("age 90 days", "aged 95%") is a measurement, not an age in years.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FollowedByUnit(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        if (after.Length > 0 && after[0] is '%' or '°' or '/' or '.' && !(after[0] == '.' && (after.Length == 1 || after[1] == ' ')))
        {
            return true;
        }

        var wordEnd = after.IndexOfAnyExcept(LetterValues);
        var word = wordEnd >= 0 ? after[..wordEnd] : after;
        return word.Length > 0 && Units.Contains(word);
    }

    private static readonly System.Buffers.SearchValues<char> LetterValues =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZµ");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["mg", "mcg", "µg", "g", "kg", "lb", "lbs", "ml", "l", "mmhg", "bpm", "cm", "mm", "m", "km", "min", "mins", "minutes", "s", "sec",
         "seconds", "mmol", "units", "iu", "degrees", "f", "c", "beats", "breaths", "kcal", "mph", "days", "day", "weeks", "week", "months",
         "month", "hours", "hrs", "h", "percent"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithWord(ReadOnlySpan<char> before, string[] words)
    {
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetterOrDigit(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
