using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A Chinese name in capitals as Singapore's, Malaysia's and Hong Kong's banks, transfer apps and forms print it: a common
/// family name, then two or three short syllables ("registered name \"TAN JUN HAO\"", "Participant: LEE WEI JIE", "(TAN SU
/// LIN)", "name showed as LIM J H"). Capitals hide what the name lexicons read from case, and a line of capitals is most
/// often a heading, so the shape must be whole: exactly the family name and its syllables, with no capitalised word
/// before or after it ("TAN TOCK SENG HOSPITAL" is a hospital).
/// </summary>
internal sealed partial class NameRecognizer
{
    // The romanised family names these records use most (Hokkien, Teochew, Cantonese, Hakka and pinyin spellings). Not "NG",
    // "HO", "PAN", "SU" or "SUN": a nasogastric tube, Ho Chi Minh City, India's tax card and a company open with them.
    private static readonly System.Buffers.SearchValues<string> UpperCaseFamilyNames = System.Buffers.SearchValues.Create(
        ["TAN ", "LIM ", "LEE ", "ONG ", "GOH ", "CHAN ", "CHEN ", "CHONG ", "CHUA ", "KOH ", "TEO ", "TAY ", "YEO ", "SIM ", "LAU ", "LAI ",
         "LOH ", "CHEW ", "CHIA ", "YAP ", "FOO ", "LIEW ", "LEONG ", "WEE ", "TOH ", "SOH ", "HENG ", "POH ", "QUEK ", "NEO ", "PHUA ",
         "CHIN ", "CHOO ", "CHEONG ", "CHOW ", "LIU ", "WONG ", "LEUNG ", "CHEUNG ", "YEUNG ", "TSANG ", "KWOK ", "FUNG ", "LAM ", "MAK ",
         "TSE ", "SIU ", "YIP ", "ZHANG ", "HUANG ", "ZHOU ", "WANG ", "LIN "],
        StringComparison.Ordinal);

    private const double UpperCaseChineseNameScore = 0.8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUpperCaseChineseNames(TextScan scan)
    {
        var text = scan.Text;
        for (var at = text.AsSpan().IndexOfAny(UpperCaseFamilyNames); at >= 0;)
        {
            if (UpperCaseChineseNameEnd(text, at) is var end and > 0)
            {
                scan.Add(PiiEntityType.Person, at, end - at, UpperCaseChineseNameScore);
            }

            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(UpperCaseFamilyNames) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// The end of a family name at <paramref name="start"/> and two or three syllables of one to four capitals after it, with
    /// no word of capitals before or after; 0 when the shape is not whole there.
    /// </summary>
    private static int UpperCaseChineseNameEnd(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (start > 1 && text[start - 1] == ' ' && char.IsUpper(text[start - 2]))))
        {
            return 0;
        }

        var end = text.IndexOf(' ', start);
        var syllables = 0;
        while (end > 0 && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1]))
        {
            var syllableEnd = end + 1;
            while (syllableEnd < text.Length && char.IsAsciiLetterUpper(text[syllableEnd]))
            {
                syllableEnd++;
            }

            if (syllableEnd - end - 1 > 4 || (syllableEnd < text.Length && char.IsLetterOrDigit(text[syllableEnd])))
            {
                return 0; // a longer word of capitals: a heading or an institution's name
            }

            syllables++;
            end = syllableEnd;
        }

        return syllables is 2 or 3 ? end : 0;
    }
}
