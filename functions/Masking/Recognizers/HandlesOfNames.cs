using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Log-ins and handles built from a name the same text gives: "J. Moriarty (jmoriarty_adj)", "Dr Tama Hohaia, Medical
/// Registrar (thohaia)", "Riikka Mäkelä-Oksanen (käyttäjä rmakelao)", "tutkija=rkoivisto (vanhempi konstaapeli Riku
/// Koivisto)". Staff sign their notes this way, and the log-in is as identifying as the name; no list need hold the name,
/// as the name rules or the word model found it. Read last, once the names of the text are known.
/// </summary>
/// <remarks>
/// A token counts when it is written in small ASCII letters (with digits, ".", "_" or "-"), holds a word of four letters or
/// more of a person span (accents dropped) with at most initials beside it, and either has a digit or a sign in it or
/// adds letters to the name and is no ordinary English word: "rose" after "Rose Hill", "hari" after "Hari Prasad" and
/// "balance_due" after "Alan" stay. E-mail addresses, links and file names are
/// left to their own rules.
/// </remarks>
internal static class HandlesOfNames
{
    private const double Score = 0.75;

    /// <summary>Spans for the handles built from the names of <paramref name="matches"/>; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches)
    {
        List<string>? names = null;
        foreach (var m in matches)
        {
            if (m.Type == PiiEntityType.Person)
            {
                AddNameWords(text.AsSpan(m.Start, m.Length), ref names);
            }
        }

        if (names is null)
        {
            return null;
        }

        List<PiiMatch>? found = null;
        var position = 0;
        while (NextToken(text, ref position, out var start, out var end))
        {
            var token = text.AsSpan(start, end - start);
            if (!PiiAnalyzer.Overlaps(matches, start, end) && BuiltFromName(token, names, InLoginPosition(text, start, end)))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.AccountNumber, start, end - start, Score));
            }
        }

        return found;
    }

    /// <summary>The words of four letters or more of a person span, in small ASCII letters ("Mäkelä-Oksanen": "makela", "oksanen").</summary>
    private static void AddNameWords(ReadOnlySpan<char> span, ref List<string>? names)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < span.Length && char.IsLetter(span[end]))
            {
                end++;
            }

            if (end - i >= 4 && Folded(span[i..end]) is { Length: >= 4 } word)
            {
                names ??= [];
                if (!names.Contains(word))
                {
                    names.Add(word);
                }
            }

            i = end;
        }
    }

    /// <summary>A word without its accents, in small letters; null when a letter has no ASCII form (other scripts).</summary>
    private static string? Folded(ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            var plain = NameWords.WithoutAccent(c);
            if (!char.IsAsciiLetter(plain) || length == folded.Length)
            {
                // "ß", "æ" and letters of other scripts: no handle is spelled from them here.
                return null;
            }

            folded[length++] = char.ToLowerInvariant(plain);
        }

        return new string(folded[..length]);
    }

    /// <summary>The next run of small ASCII letters, digits, ".", "_" and "-" that stands apart: not in an e-mail, link or path.</summary>
    private static bool NextToken(string text, ref int position, out int start, out int end)
    {
        while (position < text.Length)
        {
            start = position;
            while (start < text.Length && !ContextIdRecognizer.IsHandleChar(text[start]))
            {
                start++;
            }

            end = start;
            while (end < text.Length && ContextIdRecognizer.IsHandleChar(text[end]))
            {
                end++;
            }

            position = end + 1;
            while (end > start && text[end - 1] is '.' or '-' or '_')
            {
                end--;
            }

            if (end - start is >= 4 and <= 40
                && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '@' or '/' or '\\' or ':' or '#' or '&'))
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '@' or '/' or '\\'))
                && char.IsAsciiLetterLower(text[start]))
            {
                return true;
            }
        }

        start = end = 0;
        return false;
    }

    /// <summary>
    /// Whether the token stands where log-ins stand: closing a bracket after at most a few words ("(thohaia)", "(usuario
    /// HIBA: vsosa)") or as a field's value ("Triage RN: jyuen", "tutkija=rkoivisto").
    /// </summary>
    private static bool InLoginPosition(string text, int start, int end)
    {
        var before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        if (before > 0 && text[before - 1] is ':' or '=')
        {
            return true;
        }

        if (end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(', start, Math.Min(start + 1, 40));
        return open >= 0 && text.AsSpan(open + 1, start - open - 1).Count(' ') <= 3;
    }

    private static bool BuiltFromName(ReadOnlySpan<char> token, List<string> names, bool loginPosition)
    {
        foreach (var name in names)
        {
            var at = token.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                if (TruncatedName(token, name))
                {
                    return true;
                }

                continue;
            }

            // The name fills its part of the token but for up to three initials before it and an initial or the start of another
            // of the names after it ("jmoriarty_adj", "rmakelao", "jdevriesbakker", "ainovirt"), and that part is no English
            // word: "balance_due" does not hold an "Alan", nor "cross-check" a "Ross".
            var partStart = at;
            while (partStart > 0 && char.IsAsciiLetterLower(token[partStart - 1]))
            {
                partStart--;
            }

            var partEnd = at + name.Length;
            while (partEnd < token.Length && char.IsAsciiLetterLower(token[partEnd]))
            {
                partEnd++;
            }

            if (at - partStart > 3 || (partEnd - at - name.Length > 2 && !OpensAName(token[(at + name.Length)..partEnd], names))
                || (partEnd - partStart > name.Length && OrdinaryWords.Contains(token[partStart..partEnd])))
            {
                continue;
            }

            // A name that is also an English word ("Grace", "Young", "Rose") counts only before a dot and an initial or
            // another of the names ("grace.young"), not in other words or fields ("graceful_exit", "young_driver").
            if (OrdinaryWords.Contains(name) && !(at == 0 && token.Length > name.Length + 1 && token[name.Length] == '.'
                && ShortOrNamed(token[(name.Length + 1)..].TrimEnd("0123456789"), names)) && !InitialsThenName(token, at, name))
            {
                continue;
            }

            // A bare word is a handle only when it adds letters to the name ("rmakelao", "sndiaye") and no dictionary explains it:
            // the name itself in small letters may be a word of another language ("hari", Malay's "day", after a "Hari"). Around a
            // short name the letters make words as often as log-ins ("danke" after an "Anke", "bringen" after an "Inge"): then only
            // where log-ins stand.
            var signed = token.IndexOfAny("._-0123456789") >= 0;
            if (signed ? !ContextIdRecognizer.HasFileEnding(token, countries: false)
                : token.Length > name.Length && !OrdinaryWords.Contains(token) && !Lexicon.NotNames.Contains(token)
                    && (loginPosition || name.Length >= 5))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="rest"/> is another of the names or the first three letters or more of one ("virt" of "virtanen").</summary>
    private static bool OpensAName(ReadOnlySpan<char> rest, List<string> names)
    {
        if (rest.Length < 3)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name.AsSpan().StartsWith(rest, StringComparison.Ordinal) || rest.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Directories cut long names: one or two initials, then the first five letters or more of the name, and nothing else
    /// before a sign or a digit ("akasayuli" for Agnes Kasayulie, "lkvara" for L. Kvaratskhelia).
    /// </summary>
    private static bool TruncatedName(ReadOnlySpan<char> token, string name)
    {
        // Asked for every token and name: the letter after the initials settles most of them before any search.
        if (token.Length < 6 || (token[1] != name[0] && token[2] != name[0]))
        {
            return false;
        }

        var core = token.IndexOfAny("._-0123456789") is var sign and >= 0 ? token[..sign] : token;
        if (core.Length < 6)
        {
            return false;
        }

        for (var initials = 1; initials <= 2; initials++)
        {
            var rest = core[initials..];
            if (rest.Length >= 5 && rest.Length < name.Length && name.AsSpan().StartsWith(rest, StringComparison.Ordinal))
            {
                return !OrdinaryWords.Contains(core);
            }
        }

        return false;
    }

    /// <summary>One or two initials, a dot and the name, and at most digits after it: "k.wade" for Keisha Wade, "jb.young2".</summary>
    private static bool InitialsThenName(ReadOnlySpan<char> token, int at, string name) =>
        at is 2 or 3 && token[at - 1] == '.' && !token[..(at - 1)].ContainsAnyExceptInRange('a', 'z')
        && !token[(at + name.Length)..].ContainsAnyExceptInRange('0', '9');

    private static bool ShortOrNamed(ReadOnlySpan<char> rest, List<string> names)
    {
        if (rest.Length is > 0 and <= 3 && !rest.ContainsAnyExceptInRange('a', 'z'))
        {
            return true;
        }

        foreach (var name in names)
        {
            if (rest.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
