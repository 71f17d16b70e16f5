using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Log-ins made of a person's initials and family name, the way directories build them: "Agent: kbest", "Failed password
/// for dkowalczyk", "alert for user jlim", "Online username: rmfarahani", "Agent: jmorales2". The word itself is the
/// evidence: one or two initials that no word of the product's languages opens with ("kb", "dk", "rm") before a listed
/// family name, and no dictionary word. Call notes, audit logs and security tickets write them without any cue a rule
/// could wait for.
/// </summary>
internal sealed partial class ContextIdRecognizer
{
    private const double InitialledLoginScore = 0.8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeInitialledLogins(TextScan scan)
    {
        var text = scan.Text;
        var span = text.AsSpan();
        Span<char> capitalised = stackalloc char[24];
        var position = 0;
        while (TextScan.NextLowerCaseRun(span, ref position, out var start, out var end))
        {
            // Most words fail here: a table look-up of their first two letters, before anything is hashed.
            if (end - start is < 4 or > 18 || !OpensLogin[(span[start] - 'a') * 26 + (span[start + 1] - 'a')]
                || (start > 0 && (char.IsLetterOrDigit(span[start - 1]) || span[start - 1] is '@' or '.' or '/' or '\\' or '-' or '_' or '\'' or '#' or '&' or '=')))
            {
                continue;
            }

            // One digit may follow the name ("jmorales2"), as directories number a second person of the same name, or a suffix
            // after "_" ("mellison_htx", "jcolon_cc").
            var tokenEnd = end < span.Length && char.IsAsciiDigit(span[end]) ? end + 1 : end;
            if (tokenEnd == end && end + 1 < span.Length && span[end] == '_' && char.IsAsciiLetterLower(span[end + 1]))
            {
                tokenEnd = end + 1;
                while (tokenEnd < span.Length && tokenEnd - end <= 8 && (char.IsAsciiLetterLower(span[tokenEnd]) || char.IsAsciiDigit(span[tokenEnd])))
                {
                    tokenEnd++;
                }
            }

            if (tokenEnd < span.Length && (char.IsLetterOrDigit(span[tokenEnd]) || span[tokenEnd] is '@' or '_' or '-' or '\'' or '/' or '\\'
                    || (span[tokenEnd] == '.' && tokenEnd + 1 < span.Length && char.IsLetterOrDigit(span[tokenEnd + 1]))))
            {
                continue;
            }

            var word = span[start..end];
            if (OrdinaryWords.Contains(word) || Lexicon.NotNames.Contains(word))
            {
                continue;
            }

            // One initial, or two when the second is no vowel either ("rmfarahani"); the family name has three letters or more.
            for (var initials = 1; initials <= 2 && word.Length - initials >= 3; initials++)
            {
                if (IsListedFamilyName(word[initials..], capitalised))
                {
                    scan.Add(PiiEntityType.AccountNumber, start, tokenEnd - start, InitialledLoginScore);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Handles of words joined by "_" with no digits ("kaiyan_lee", "dokdo_king"): one part a listed name, another no English
    /// word. A log's and a form's field names are English words ("login_failed", "case_opened") or words of another language
    /// that no name list holds ("nama_lengkap", "tgl_lahir").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeJoinedWordHandles(TextScan scan)
    {
        var text = scan.Text;
        Span<char> capitalised = stackalloc char[24];
        for (var joint = text.IndexOf('_'); joint > 0; joint = joint + 1 < text.Length ? text.IndexOf('_', joint + 1) : -1)
        {
            if (joint + 1 >= text.Length || !char.IsAsciiLetterLower(text[joint - 1]) || !char.IsAsciiLetterLower(text[joint + 1]))
            {
                continue;
            }

            var start = joint - 1;
            while (start > 0 && (char.IsAsciiLetterLower(text[start - 1]) || text[start - 1] == '_'))
            {
                start--;
            }

            var end = joint + 1;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || (text[end] == '_' && end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]))))
            {
                end++;
            }

            joint = end;
            if ((start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '@' or '.' or '/' or '-' or '\\' or '$' or '{' or '_'))
                || (end < text.Length && ((char.IsLetterOrDigit(text[end]) && !CaselessScriptRecognizer.IsCaselessLetter(text[end]))
                    || text[end] is '@' or '/' or '-' or '(' or '=' or '_' or ':' && !(text[end] == ':' && (end + 1 == text.Length || text[end + 1] == ' ')))) || end - start > 32)
            {
                continue;
            }

            var named = false;
            var unknown = false;
            foreach (var range in text.AsSpan(start, end - start).Split('_'))
            {
                var part = text.AsSpan(start, end - start)[range];
                var listed = part.Length >= 3 && !Lexicon.NotNames.Contains(part)
                    && (NameRecognizer.IsCapitalisedIn(part, Lexicon.FirstNames, capitalised) || NameRecognizer.IsCapitalisedIn(part, Lexicon.LastNames, capitalised));
                named |= listed;
                unknown |= !listed && part.Length >= 4 && !OrdinaryWords.Contains(part) && !Lexicon.NotNames.Contains(part);
            }

            if (named && unknown)
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, InitialledLoginScore);
            }
        }
    }

    /// <summary>A lower-case word whose capitalised form is a listed family name, "Mc" and "Mac" names too ("mcnulty" as "McNulty").</summary>
    private static bool IsListedFamilyName(ReadOnlySpan<char> word, Span<char> capitalised)
    {
        if (NameRecognizer.IsCapitalisedIn(word, Lexicon.LastNames, capitalised))
        {
            return true;
        }

        var inner = word.StartsWith("mc") ? 2 : word.StartsWith("mac") ? 3 : -1;
        return inner >= 0 && word.Length - inner >= 3 && NameRecognizer.IsListedWithInnerCapital(word, inner, capitalised);
    }

    private static bool IsConsonant(char c) => c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');

    // Consonant pairs that open words in English, the Romance, Germanic and Slavic languages, Swahili and other Bantu
    // languages, Malay and Indonesian, Tagalog, romanised Indic, Chinese and Japanese (English "str", Polish "mnie", Swahili
    // "mbali", Indic "bh"): no log-in of initials is looked for after them.
    private static readonly string WordOpenings =
        "bl br bw bh ch cl cr cz ck dh dj dl dm dn dr dw dv dz fj fl fr gh gl gn gr gw gv hl hm hn hr hv hw jh kh kl kn kr ks kt kv kw ll "
        + "mb ml mn mr mw nd ng nj nk nt nw ny ph pl pn pr ps pt pw qu rh sc sf sh sj sk sl sm sn sp sq sr st sv sw sz th tk tl tm tr ts tv tw tz "
        + "vl vr vs vz wh wl wr ws wz xh zb zd zg zh zl zm zn zr zv zw";

    // Which pairs of lower-case letters may open a log-in of initials: both consonants, and none of the pairs above.
    private static readonly bool[] OpensLogin = BuildLoginOpenings();

    private static bool[] BuildLoginOpenings()
    {
        var table = new bool[26 * 26];
        for (var first = 'a'; first <= 'z'; first++)
        {
            for (var second = 'a'; second <= 'z'; second++)
            {
                table[(first - 'a') * 26 + (second - 'a')] = IsConsonant(first) && IsConsonant(second) && !WordOpenings.Contains($"{first}{second}", StringComparison.Ordinal);
            }
        }

        return table;
    }
}
