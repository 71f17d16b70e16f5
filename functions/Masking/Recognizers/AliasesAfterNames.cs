using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A name's other form right after it, read once the name is known: in brackets a nickname ("Ma. Cristina Reyes ('Tin')"),
/// the name in another script ("Фарзона Раҳимова (Farzona)", "陳家豪 (CHAN Ka Ho)") or as the family calls someone; without
/// brackets its Chinese characters ("Zhou, Mei-Ling 周美玲") or, after a slash, its Indian script ("Bhukya Lalitha / భూక్యా
/// లలిత"). The bracket after a person holds the same person unless a list says its words are something else (a town, an
/// organisation, a not-a-name word: "(Canada)", "(Manager)"), and in the name's own script only a listed given name is read
/// ("(Bob)", not "(Sedgwick)").
/// </summary>
internal static class AliasesAfterNames
{
    private const double Score = 0.7;

    /// <summary>
    /// Person spans for aliases in brackets after the person spans of <paramref name="matches"/>; null when none. With
    /// <paramref name="quotedOrOtherScript"/> only an alias in quotes or in another script than the name is read: the names
    /// the word model finds are less sure than the rules', and a bracket after them often holds a department ("(গাইনি)").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches, bool quotedOrOtherScript = false)
    {
        List<PiiMatch>? found = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var name = matches[m];
            if (name.Type == PiiEntityType.Person && KanaReadingEnd(text, name.End) is var readingEnd and > 0
                && (m + 1 == matches.Count || matches[m + 1].Start >= readingEnd))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, name.End + 1, readingEnd - name.End - 1, Score));
                continue;
            }

            if (name.Type == PiiEntityType.Person && HanNameEnd(text, name) is var hanEnd and > 0
                && (m + 1 == matches.Count || matches[m + 1].Start >= hanEnd))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, name.End + 1, hanEnd - name.End - 1, Score));
                continue;
            }

            // The name in its own script after a slash, as Indian forms give both ("Bhukya Lalitha / భూక్యా లలిత").
            if (name.Type == PiiEntityType.Person && SlashedTransliterationEnd(text, name) is var slashedEnd and > 0
                && (m + 1 == matches.Count || matches[m + 1].Start >= slashedEnd))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, name.End + 3, slashedEnd - name.End - 3, Score));
                continue;
            }

            var open = name.End + 1;
            // A nickname in quotes between the given name and the family name ("Arnel \"Jun-jun\" Mercado", "Ryan \"Bigga\" Holder"):
            // the family name after it is the person's too.
            if (name.Type == PiiEntityType.Person && m + 1 < matches.Count && matches[m + 1] is { Type: PiiEntityType.Person } nickname
                && nickname.Start == name.End + 2 && text[name.End] == ' ' && text[name.End + 1] is '"' or '“' && nickname.End + 2 < text.Length
                && text[nickname.End] is '"' or '”' && text[nickname.End + 1] == ' ' && char.IsUpper(text[nickname.End + 2])
                && (m + 2 == matches.Count || matches[m + 2].Start > nickname.End + 2)
                && FamilyNameAfterNickname(text, nickname.End + 2) is var quotedFamilyEnd and > 0)
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, nickname.End + 2, quotedFamilyEnd - nickname.End - 2, Score));
                continue;
            }

            if (name.Type != PiiEntityType.Person || open + 2 >= text.Length || text[name.End] != ' ' || text[open] is not ('(' or '（'))
            {
                continue;
            }

            var close = text.AsSpan(open, Math.Min(40, text.Length - open)).IndexOfAny(")）\n");
            if (close < 3 || text[open + close] == '\n' || (m + 1 < matches.Count && matches[m + 1].Start < open + close))
            {
                continue; // no bracket closes on the line, or a value stands inside it already
            }

            var inside = text.AsSpan(open + 1, close - 1);
            var quoted = inside.Length > 2 && inside[0] is '\'' or '"' or '‘' or '“' && inside[^1] is '\'' or '"' or '’' or '”';
            var alias = quoted ? inside[1..^1] : inside;

            // A bracket between a given name and the family name holds what the person goes by ("Pádraig (Paddy) Ó Murchú"); the
            // family name after it is the person's too.
            var familyStart = open + close + 2;
            var between = familyStart + 1 < text.Length && text[familyStart - 1] == ' ' && char.IsUpper(text[familyStart])
                && char.IsLetter(text[familyStart + 1]) || (familyStart + 2 < text.Length && text[familyStart + 1] == ' ' && char.IsUpper(text[familyStart]) && char.IsUpper(text[familyStart + 2]));
            var otherScript = ScriptOf(text[name.Start]) != ScriptOf(alias[0]);
            // One short word that is a short form of the name is what the person goes by ("Kittipong (Pong)", "אברהם (אבי)"); a
            // longer one may be a department beginning as the name does ("Dr Anand (Anaesthesia)"), and capitals alone a unit ("(ICU)").
            var shortForm = alias.Length is >= 2 and <= 5 && !alias.Contains(' ') && alias[1..].ContainsAnyExceptInRange('A', 'Z')
                && AliasesBeforeNames.ShortFormOf(alias, text.AsSpan(name.Start, name.Length));
            if ((!quotedOrOtherScript || quoted || otherScript || shortForm) && IsAlias(alias, quoted || between || otherScript || shortForm))
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, open + 1 + (quoted ? 1 : 0), alias.Length, Score));
                if (between && FamilyNameEnd(text, familyStart) is var familyEnd and > 0)
                {
                    found.Add(new PiiMatch(PiiEntityType.Person, familyStart, familyEnd - familyStart, Score));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The end of the capitalised word after a quoted nickname, which a given name opens: the family name, even when it is a
    /// word too ("Ryan \"Bigga\" Holder", "Arnel \"Jun-jun\" Mercado"); not a sentence's next word ("… \"Stop\" Then she
    /// left"). 0 when none.
    /// </summary>
    private static int FamilyNameAfterNickname(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && (char.IsLower(text[end]) || (text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Length < 2 || word.Length > 24 || (end < text.Length && char.IsLetterOrDigit(text[end])) || Lexicon.CalendarNames.Contains(word))
        {
            return 0;
        }

        Span<char> lower = stackalloc char[24];
        var n = word.ToLowerInvariant(lower);
        return SentenceOpeners.Contains(lower[..n]) ? 0 : end;
    }

    // Words that open a sentence after a quote rather than end a name.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "then", "and", "but", "he", "she", "they", "we", "you", "it", "this", "that", "so", "when", "after", "before", "his", "her",
         "their", "i", "a", "an", "in", "on", "at", "to", "of", "for", "with", "from", "by", "was", "is", "said", "says", "asked", "told", "who",
         "which", "what", "there", "here", "yes", "no", "ok", "el", "la", "le", "los", "las", "y", "o", "und", "der", "die", "das", "et", "ou"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of one or two capitalised words (a one-letter particle such as Irish "Ó" counts as a word) that no list calls
    /// something else, starting at <paramref name="start"/>; 0 when there is none.
    /// </summary>
    private static int FamilyNameEnd(string text, int start)
    {
        var end = start;
        for (var words = 0; words < 2 && end < text.Length && char.IsUpper(text[end]); words++)
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-'))
            {
                wordEnd++;
            }

            var word = text.AsSpan(end, wordEnd - end);
            if (Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word) || Lexicon.Regions.Contains(word))
            {
                break;
            }

            end = wordEnd;
            if (!(word.Length == 1 && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])))
            {
                break; // a particle takes the word after it; a family name ends here
            }

            end++;
        }

        return end > start && char.IsLetter(text[end - 1]) ? end : 0;
    }

    /// <summary>
    /// The end of a Japanese name's reading in kana, in brackets right after it ("鈴木 トメ（すずき とめ）"), as forms print it;
    /// 0 when none stands there.
    /// </summary>
    private static int KanaReadingEnd(string text, int nameEnd)
    {
        if (nameEnd + 3 >= text.Length || text[nameEnd] is not ('（' or '(') || text[nameEnd - 1] < '\u3040')
        {
            return 0;
        }

        var end = nameEnd + 1;
        while (end < text.Length && end - nameEnd <= 24 && (text[end] is (>= '\u3041' and <= '\u30FF') or ' ' or '　'))
        {
            end++;
        }

        return end - nameEnd >= 3 && end < text.Length && text[end] is '）' or ')' ? end : 0;
    }

    /// <summary>
    /// The end of one to three words of a script without capitals after " / " right after a Latin name; 0 when none stands
    /// there.
    /// </summary>
    private static int SlashedTransliterationEnd(string text, PiiMatch name)
    {
        var start = name.End + 3;
        if (start >= text.Length || !text.AsSpan(name.End).StartsWith(" / ", StringComparison.Ordinal) || !char.IsAsciiLetter(text[name.Start])
            || !CaselessScriptRecognizer.IsCaselessLetter(text[start]))
        {
            return 0;
        }

        var end = start;
        for (var words = 0; words < 3 && end < text.Length && CaselessScriptRecognizer.IsCaselessLetter(text[end]); words++)
        {
            while (end < text.Length && CaselessScriptRecognizer.IsCaselessLetter(text[end]))
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] == ' ' && CaselessScriptRecognizer.IsCaselessLetter(text[end + 1]))
            {
                end++;
            }
        }

        return end > start && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? text.AsSpan(start, end - start).TrimEnd(' ').Length + start : 0;
    }

    // Chinese titles written after a romanised name ("Wong Ka Ming 先生"): the person's, not a name.
    private static readonly string[] HanTitles = ["先生", "小姐", "女士", "太太", "醫生", "医生", "醫師", "医师", "教授", "經理", "经理", "律師", "律师", "姑娘"];

    /// <summary>
    /// The end of a Chinese name of two to four characters right after a romanised one ("Zhou, Mei-Ling 周美玲", as Hong Kong,
    /// Taiwanese and Australian records write both); 0 when none stands there.
    /// </summary>
    private static int HanNameEnd(string text, PiiMatch name)
    {
        var start = name.End + 1;
        if (start + 2 > text.Length || text[name.End] != ' ' || !char.IsAsciiLetter(text[name.Start]) || !IsHan(text[start]))
        {
            return 0;
        }

        var end = start;
        while (end < text.Length && IsHan(text[end]))
        {
            end++;
        }

        return end - start is >= 2 and <= 4 && !HanTitles.AsSpan().Contains(text[start..end]) ? end : 0;

        static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
    }

    /// <summary>Latin (0), Cyrillic or Greek (1), or any other script (2): an alias in another script than the name is its transliteration.</summary>
    private static int ScriptOf(char c) => c < '\u0370' ? 0 : c < '\u0530' ? 1 : 2;

    /// <summary>
    /// One to three words, each capitalised (one word in a script without capitals), none that a list calls something else.
    /// In the name's own script and without quotes the words must be listed given names: "Kelsey Tran (Sedgwick)" names the
    /// firm the person works for.
    /// </summary>
    private static bool IsAlias(ReadOnlySpan<char> alias, bool quotedOrTransliterated)
    {
        if (alias.Length < 2 || alias.Count(' ') > 2 || (CaselessScriptRecognizer.IsCaselessLetter(alias[0]) && alias.Contains(' ')))
        {
            return false;
        }

        foreach (var range in alias.Split(' '))
        {
            var word = alias[range];
            if (word.Length is < 2 or > 32)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.') && !CaselessScriptRecognizer.IsCaselessLetter(c))
                {
                    return false;
                }
            }

            if (CaselessScriptRecognizer.IsCaselessLetter(word[0]))
            {
                continue;
            }

            // Quoted or in another script, an ordinary word is a nickname too ("'Tin'"); otherwise only a listed given name is.
            if (!char.IsUpper(word[0]) || Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word) || Lexicon.Regions.Contains(word)
                || Lexicon.Cities.Contains(word) || Lexicon.LargeTowns.Contains(word)
                || (!quotedOrTransliterated && (NameWords.Of(word) & WordKinds.FirstName) == 0))
            {
                return false;
            }
        }

        return true;
    }
}
