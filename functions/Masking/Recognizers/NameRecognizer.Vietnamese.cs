using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A Vietnamese given name after the kinship word that people are addressed and spoken of by ("Chào chị Hà", "bà Hà nằm viện",
/// "anh Minh gọi"): the word in lower case, then one or two capitalised syllables. Only in Vietnamese text (a letter of its
/// alphabet's own, such as "ư", "ơ", "đ" or "ạ", somewhere in it), as "anh" and "em" are also other languages' words.
/// </summary>
internal sealed partial class NameRecognizer
{
    private static readonly string[] VietnameseKinWords = ["chị ", "anh ", "em ", "cô ", "chú ", "bác ", "bà ", "ông ", "dì ", "cậu ", "thím ", "mợ "];

    // Words that open an institution's or a division's name after a kin word ("bà Bệnh viện …" does not occur, "anh Công an
    // phường" does: the police).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionSyllables =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["Bệnh", "Công", "Phòng", "Viện", "Sở", "Cục", "Quận", "Phường", "Xã", "Huyện", "Tỉnh", "Thành"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters Vietnamese has and the product's other Latin-script languages do not.
    private static readonly System.Buffers.SearchValues<char> VietnameseLetters = System.Buffers.SearchValues.Create(
        "ơờớởỡợưừứửữựạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộụủỳỵỷỹđĐ");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeVietnameseKinNames(TextScan scan)
    {
        var text = scan.Text;
        if (!scan.HasNonAscii || text.AsSpan().IndexOfAny(VietnameseLetters) < 0)
        {
            return;
        }

        foreach (var kin in VietnameseKinWords)
        {
            for (var at = text.IndexOf(kin, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kin, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(text[at - 1]))
                {
                    continue;
                }

                var start = at + kin.Length;
                var end = SyllableEnd(text, start);
                if (end == start)
                {
                    continue;
                }

                // "chị Thu Hà": a second capitalised syllable is the same name's.
                if (end + 1 < text.Length && text[end] == ' ' && SyllableEnd(text, end + 1) is var second && second > end + 1)
                {
                    end = second;
                }

                // Not the lists' not-a-name words: "Thu" is a weekday elsewhere and a given name here.
                if (!InstitutionSyllables.Contains(text.AsSpan(start, SyllableEnd(text, start) - start)))
                {
                    scan.Add(PiiEntityType.Person, start, end - start, 0.75);
                }
            }
        }
    }

    /// <summary>The end of a capitalised Vietnamese syllable of two to seven letters at <paramref name="start"/>; <paramref name="start"/> when none.</summary>
    private static int SyllableEnd(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        return end - start is >= 2 and <= 7 && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end : start;
    }
}
