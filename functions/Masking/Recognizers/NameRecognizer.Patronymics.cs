using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Malay and Malaysian Indian names written in lower case, as chats and call notes type them: "mohd faizal bin abdullah",
/// "nurul huda binti kamal", "muhammad hafiz bin rosli", "kumar a/l muthu". The word for "son of" or "daughter of" joins the
/// person's names to the father's, which no capital marks. English "bin" needs a listed name beside it ("the bin liner" is
/// rubbish); "binti", "bte", "a/l" and "a/p" are written only in names.
/// </summary>
internal sealed partial class NameRecognizer
{
    private static readonly string[] PatronymicWords = [" bin ", " binti ", " bte ", " bt. ", " a/l ", " a/p "];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCasePatronymicNames(TextScan scan)
    {
        var text = scan.Text;
        foreach (var joiner in PatronymicWords)
        {
            for (var at = text.IndexOf(joiner, StringComparison.Ordinal); at >= 0; at = text.IndexOf(joiner, at + joiner.Length, StringComparison.Ordinal))
            {
                var start = LowerCaseWordsBefore(text, at, out var listedBefore);
                var end = LowerCaseWordsAfter(text, at + joiner.Length, out var listedAfter);
                if (start < at && end > at + joiner.Length && (joiner != " bin " || listedBefore || listedAfter))
                {
                    scan.Add(PiiEntityType.Person, start, end - start, 0.85);
                }
            }
        }
    }

    /// <summary>The start of up to three lower-case name words ending at <paramref name="end"/>; none an ordinary English word.</summary>
    private static int LowerCaseWordsBefore(string text, int end, out bool listed)
    {
        listed = false;
        var start = end;
        for (var words = 0; words < 3; words++)
        {
            var wordStart = start;
            while (wordStart > 0 && char.IsAsciiLetterLower(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, start - wordStart);
            if (word.Length < 2 || (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1])) || IsOrdinaryLowerCaseWord(word) || MalayTitles.Contains(word))
            {
                break;
            }

            listed |= IsListedName(word);
            start = wordStart;
            if (start < 2 || text[start - 1] != ' ' || !char.IsAsciiLetterLower(text[start - 2]))
            {
                break;
            }

            start--;
        }

        return start < end && text[start] == ' ' ? start + 1 : start;
    }

    /// <summary>The end of one or two lower-case name words from <paramref name="start"/> (the father's name).</summary>
    private static int LowerCaseWordsAfter(string text, int start, out bool listed)
    {
        listed = false;
        var end = start;
        for (var words = 0; words < 2; words++)
        {
            var wordEnd = end;
            while (wordEnd < text.Length && char.IsAsciiLetterLower(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(end, wordEnd - end);
            if (word.Length < 2 || (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])) || IsOrdinaryLowerCaseWord(word))
            {
                break;
            }

            listed |= IsListedName(word);
            end = wordEnd;
            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiLetterLower(text[end + 1]))
            {
                break;
            }

            end++;
        }

        return end > start && text[end - 1] == ' ' ? end - 1 : end;
    }

    // Titles and kin words before a name ("encik mohd faizal", "isteri nurul huda"): not part of it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MalayTitles = new[]
    {
        "encik", "en", "cik", "puan", "pn", "tuan", "ibu", "bapak", "pak", "mak", "dato", "datuk", "datin", "haji", "hajah", "hj", "isteri",
        "suami", "anak", "abang", "kakak", "adik", "ayah", "emak", "nama", "pemanggil", "pelanggan", "saudara", "saudari", "sdr", "sdri",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOrdinaryLowerCaseWord(ReadOnlySpan<char> word) => OrdinaryWords.Contains(word) && !IsListedName(word);

    private static bool IsListedName(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[24];
        return IsListed(word, Lexicon.FirstNames, buffer) || IsListed(word, Lexicon.LastNames, buffer);
    }
}
