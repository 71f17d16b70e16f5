using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// What someone is called, right before their full name in brackets, read once the name is known: a nickname in quotes
/// ("my friend "Chuy" (Jesús Ibarra)", "den Nachbarn „Bertl“ (Herbert Zöchling", "người tên "Tí" (tên thật Trần Minh Tuấn)",
/// "知人の「ユウくん」こと山本裕太", "前同事「阿強」，全名李志強"), or without quotes a short form of the name itself ("my mate dev
/// (devinder sandhu)", "ask for jaz (jasmine kowalczyk)", "wife Dot (Dorothy)"). Statements and chats name someone the way
/// they are known and then spell the name out; the full name is found by the rules or the word model, the form before it
/// by this.
/// </summary>
/// <remarks>
/// Without quotes only one word is read, and only when it begins with the same two letters as a word of the name or stands
/// inside it: "Cardiology (Dr Patel)" and "Trang (Vietcombank RM)" stay. A word a list settles (an ordinary English word, a
/// not-a-name word, an organisation, a region, a town) is never read.
/// </remarks>
internal static class AliasesBeforeNames
{
    private const double Score = 0.7;

    // Words inside the bracket before the full name: "(tên thật Trần Minh Tuấn)", "(real name …)", "(full name …)".
    private static readonly string[] BracketCues = ["tên thật ", "real name ", "full name ", "real name: ", "full name: ", "nombre real ", "nama asli "];

    // What joins a Japanese or Chinese alias in corner brackets to the full name: "「ユウくん」こと山本裕太", "「阿強」，全名李志強".
    private static readonly string[] HanJoiners = ["こと", "，全名叫", "，全名", "、本名", "，本名", "，真名"];

    /// <summary>Person spans for the aliases right before the person spans of <paramref name="matches"/>; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches)
    {
        List<PiiMatch>? found = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var name = matches[m];
            if (name.Type != PiiEntityType.Person || name.Start < 3)
            {
                continue;
            }

            var previousEnd = m > 0 ? matches[m - 1].End : 0;
            if (AliasBefore(text, name, previousEnd) is { } alias)
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, alias.Start, alias.Length, Score));
            }
        }

        return found;
    }

    private static (int Start, int Length)? AliasBefore(string text, PiiMatch name, int previousEnd)
    {
        var open = BracketBefore(text, name.Start);
        if (open < 0)
        {
            return HanAliasBefore(text, name.Start, previousEnd);
        }

        var end = open;
        if (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end <= previousEnd + 1)
        {
            return null;
        }

        var closing = text[end - 1];
        if (OpeningQuoteOf(closing) is { Length: > 0 } openings)
        {
            // A nickname in quotes: up to three words, opened by its own quote mark on the same line.
            var from = Math.Max(previousEnd, end - 26);
            var start = text.AsSpan(from, end - 1 - from).LastIndexOfAny(openings);
            if (start < 0)
            {
                return null;
            }

            start += from + 1;
            var quoted = text.AsSpan(start, end - 1 - start);
            return IsQuotedAlias(quoted) ? (start, quoted.Length) : null;
        }

        // One word without quotes: a short form of the name.
        var wordStart = end;
        while (wordStart > previousEnd && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, end - wordStart);
        if (word.Length is < 2 or > 12 || !char.IsLetter(word[0]) || (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '@' or '/'))
            || IsSettled(word) || !ShortFormOf(word, text.AsSpan(name.Start, name.Length)))
        {
            return null;
        }

        return (wordStart, word.Length);
    }

    /// <summary>
    /// The index of the bracket the person's name opens with (after a cue such as "tên thật"), -1 when the name does not
    /// stand first in a bracket.
    /// </summary>
    private static int BracketBefore(string text, int nameStart)
    {
        if (text[nameStart - 1] is '(' or '（')
        {
            return nameStart - 1;
        }

        foreach (var cue in BracketCues)
        {
            var open = nameStart - cue.Length - 1;
            if (open >= 0 && text[open] is '(' or '（' && text.AsSpan(open + 1, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return open;
            }
        }

        return -1;
    }

    /// <summary>An alias in corner brackets joined to the name by "こと" or "，全名": "「ユウくん」こと山本裕太".</summary>
    private static (int Start, int Length)? HanAliasBefore(string text, int nameStart, int previousEnd)
    {
        foreach (var joiner in HanJoiners)
        {
            var close = nameStart - joiner.Length - 1;
            if (close <= previousEnd || text[close] != '」' || !text.AsSpan(close + 1, joiner.Length).SequenceEqual(joiner))
            {
                continue;
            }

            var from = Math.Max(previousEnd, close - 12);
            var open = text.AsSpan(from, close - from).LastIndexOf('「');
            if (open < 0)
            {
                return null;
            }

            var start = from + open + 1;
            return close - start is >= 1 and <= 10 ? (start, close - start) : null;
        }

        return null;
    }

    /// <summary>The quote marks that open a quote closed by <paramref name="closing"/>; empty when it closes none.</summary>
    private static ReadOnlySpan<char> OpeningQuoteOf(char closing) => closing switch
    {
        '"' => "\"",
        '\'' => "'",
        '”' => "“„\"",
        '“' => "„",
        '’' => "‘‚",
        '‘' => "‚",
        '»' => "«",
        '«' => "»",
        '」' => "「",
        '』' => "『",
        _ => "",
    };

    /// <summary>One to three words of letters; a single word must be none that a list settles as something else than a name.</summary>
    private static bool IsQuotedAlias(ReadOnlySpan<char> alias)
    {
        if (alias.Length is < 2 or > 24 || alias.Count(' ') > 2 || !char.IsLetter(alias[0]))
        {
            return false;
        }

        foreach (var c in alias)
        {
            if (!char.IsLetter(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) && c is not (' ' or '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        foreach (var range in alias.Split(' '))
        {
            // A place's name is a nickname too in quotes before a name ("Chuy" (Jesús Ibarra)).
            if (IsSettled(alias[range], placesCount: false) && alias.Count(' ') == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word the lists say is something other than a name.</summary>
    private static bool IsSettled(ReadOnlySpan<char> word, bool placesCount = true)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length)
        {
            return true;
        }

        word.ToLowerInvariant(lower);
        var listedName = (NameWords.Of(word) & (WordKinds.FirstName | WordKinds.LastName)) != 0;
        return Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word) || Lexicon.CalendarNames.Contains(word)
            || (placesCount && (Lexicon.Regions.Contains(word) || Lexicon.Cities.Contains(word) || Lexicon.LargeTowns.Contains(word)))
            || (!listedName && OrdinaryWords.Contains(lower));
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a short form of a word of <paramref name="name"/>: it stands inside it or begins with
    /// the same two letters ("dev" and "devinder", "Dot" and "Dorothy", "jaz" and "jasmine").
    /// </summary>
    internal static bool ShortFormOf(ReadOnlySpan<char> word, ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var part = name[range].Trim(".,");
            if (part.Length >= word.Length && part.Length > 2
                && (part.Contains(word, StringComparison.OrdinalIgnoreCase) || part[..2].Equals(word[..2], StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
