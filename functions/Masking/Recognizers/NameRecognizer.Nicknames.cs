using System.Buffers;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A nickname written without quotes after the words that say someone is called so: "his passenger kept calling him Mikey",
/// "uno le decía al otro el Pelusa", "Jean-Robert PIERRE-LOUIS, dit Ti Bob", "RANGIHUNA, Tamati (goes by tama)", Arabic
/// "كريم عادل الشهير بـ كيمو". Witness statements and police reports name suspects this way; the quoted form is read with
/// the other quoted nicknames.
/// </summary>
internal sealed partial class NameRecognizer
{
    // The cue and what may follow it before the nickname: Spanish "al otro" and an article, which the nickname keeps ("el
    // Pelusa" is how the reviewed reports mark it). The English cues are searched without case, the others as written and only
    // where their first words stand: one search for all of them without case ran at a tenth of the analysis's cost.
    private static readonly string[] AsciiNicknameCues =
        ["calling him ", "calling her ", "called him ", "called her ", "call him ", "call her ", "calls him ", "calls her ", "goes by ",
         "know as ", "knew as ",
         // "everybody does call me Bunny", "she calls me Tiny": a capitalised word after it, whatever a dictionary says of it.
         "call me ", "calls me ",
         // Caribbean and plain English "a man weh dem call Bounty", "a guy they call Smokey".
         "dem call ", "they call ",
         // Swedish, Norwegian and Danish "is called" ("kallas Bittan").
         "kallas ", "kalles ", "kaldes "];

    // Searched as written: "le " and ", d" open too many ordinary words for a search without case to stay cheap.
    private static readonly string[] OtherNicknameCues =
        ["le decia ", "le decian ", "le dicen ", "le digan ", ", dit ", ", dite ", "le decía ", "le decían ", "Le decía ", "Le decían ", "الشهير بـ", "الشهيرة بـ",
         "الملقب بـ", "المعروف بـ",
         // French "un individu que ses copains appelaient Momo" (here, as "app" opens too many English words for the search
         // without case; French texts nearly always have a letter outside ASCII).
         "appelaient ", "appelait ",
         // Thai and Bengali "nickname" before the nickname without quotes ("(ชื่อเล่น แพรว)", "(ডাকনাম: মিতু)"), Chinese and
         // Cantonese "call me", "call him" ("叫我 Kayan 得㗎喇"), Ukrainian and Russian "I call him", "they call" ("я називаю його Діма").
         "ชื่อเล่น ", "ชื่อเล่น: ", "ডাকনাম: ", "ডাকনাম ", "उपनाम: ", "叫我", "叫佢", "叫他", "叫她",
         "називаю його ", "називаю її ", "називають його ", "называю его ", "называют его "];

    private static readonly SearchValues<string> AsciiNicknameCueSearch = SearchValues.Create(AsciiNicknameCues, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> OtherNicknameCueSearch = SearchValues.Create(OtherNicknameCues, StringComparison.Ordinal);

    private const double UnquotedNicknameScore = 0.9;

    /// <summary>One or two capitalised words after a nickname's cue (or, in brackets after "goes by", one lower-case word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUnquotedNicknames(TextScan scan)
    {
        RecognizeUnquotedNicknames(scan, AsciiNicknameCueSearch);
        if (scan.Text.Contains("le d", StringComparison.Ordinal) || scan.Text.Contains(", dit", StringComparison.Ordinal) || scan.HasNonAscii)
        {
            RecognizeUnquotedNicknames(scan, OtherNicknameCueSearch);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUnquotedNicknames(TextScan scan, SearchValues<string> cues)
    {
        var text = scan.Text;
        for (var at = text.AsSpan().IndexOfAny(cues); at >= 0;)
        {
            var cueEnd = CueEnd(text, at);
            var start = cueEnd;
            if (start < text.Length && text[start] is ' ')
            {
                start++; // Arabic "بـ كيمو" has a space after the cue's joined letter
            }

            // "le decía al otro el Pelusa": the words between the verb and the nickname.
            foreach (var between in (ReadOnlySpan<string>)["al otro ", "a otro ", "al otro, "])
            {
                if (text.AsSpan(start).StartsWith(between, StringComparison.OrdinalIgnoreCase))
                {
                    start += between.Length;
                    break;
                }
            }

            var nameStart = start;
            if (text.AsSpan(start).StartsWith("el ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("la ", StringComparison.Ordinal))
            {
                start += 3;
            }

            var end = NicknameWordsEnd(text, start, afterGoesBy: text.AsSpan(at, cueEnd - at).StartsWith("goes by", StringComparison.OrdinalIgnoreCase));
            if (end > start)
            {
                scan.Add(PiiEntityType.Person, nameStart, end - nameStart, UnquotedNicknameScore);
            }

            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(cues) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Where the cue found at <paramref name="at"/> ends (the cues differ in length; the longest that matches).</summary>
    private static int CueEnd(string text, int at)
    {
        var end = at;
        foreach (var cue in AsciiNicknameCues)
        {
            if (text.AsSpan(at).StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                end = Math.Max(end, at + cue.Length);
            }
        }

        foreach (var cue in OtherNicknameCues)
        {
            if (text.AsSpan(at).StartsWith(cue, StringComparison.Ordinal))
            {
                end = Math.Max(end, at + cue.Length);
            }
        }

        return end;
    }

    /// <summary>
    /// The end of one or two capitalised words at <paramref name="start"/> that no list calls something else (a weekday, a
    /// relative, a place), or of one word in a script without capitals; <paramref name="start"/> when there is none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NicknameWordsEnd(string text, int start, bool afterGoesBy)
    {
        if (start >= text.Length)
        {
            return start;
        }

        if (CaselessScriptRecognizer.IsCaselessLetter(text[start]))
        {
            var caselessEnd = start;
            while (caselessEnd < text.Length && (char.IsLetter(text[caselessEnd]) || CaselessScriptRecognizer.IsCaselessLetter(text[caselessEnd])))
            {
                caselessEnd++;
            }

            return caselessEnd - start >= 2 ? caselessEnd : start;
        }

        // "(goes by tama)": a lower-case nickname alone before the bracket closes.
        if (afterGoesBy && char.IsLower(text[start]))
        {
            var lowerEnd = WordEnd(text, start);
            return lowerEnd - start >= 2 && lowerEnd < text.Length && text[lowerEnd] == ')' ? lowerEnd : start;
        }

        var end = start;
        for (var words = 0; words < 2 && end < text.Length && char.IsUpper(text[end]); words++)
        {
            var wordEnd = WordEnd(text, end);
            var word = text.AsSpan(end, wordEnd - end);
            if (word.Length < 2 || Lexicon.NotNames.Contains(word) || Lexicon.Regions.Contains(word) || KinWords.Contains(word)
                || Lexicon.Organisations.Contains(word))
            {
                break;
            }

            end = wordEnd;
            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
            {
                break;
            }

            end++;
        }

        // A trailing space kept after the first word when the second was refused.
        return end > start && text[end - 1] == ' ' ? end - 1 : end;
    }
}
