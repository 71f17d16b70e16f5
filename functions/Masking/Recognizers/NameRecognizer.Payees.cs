using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// The account holder a transfer went to, in capitals as the bank's screen shows it: Indonesian "ke rek BRI … a.n. RUDI
/// HARTONO", Malay "ke akaun LIM AH KOW", Vietnamese "tới TK … tên LE VAN TUAN". Fraud chats quote these names; nothing else
/// in them is capitalised so, and the words before say whose name it is.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Turkish "Sayin AYSE YILDIRIM" (an SMS's salutation, without its dotless i) is read the same way.
    private static readonly string[] PayeeCueWords = ["a.n. ", "a/n ", "atas nama ", "akaun ", "acc name ", "account name ", "Sayin "];

    // Vietnamese "tên" (name) and "người nhận" (recipient), Turkish "Sayın".
    private static readonly string[] NonAsciiPayeeCueWords = ["tên ", "người nhận ", "Sayın "];


    // A company's legal form or a bank's word is no one's name ("a.n. PT MAJU JAYA", "akaun CIMB BANK").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPayeeWords = new[]
    {
        "PT", "CV", "UD", "TBK", "BANK", "TOKO", "SDN", "BHD", "LTD", "INC", "LLC", "CO", "CORP", "PLC", "GMBH", "SA", "CTY", "TNHH", "CONG", "TY",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCapitalisedPayees(TextScan scan)
    {
        // Each cue searched alone: in one set their common openings ("at", "ac") made the search verify at nearly every word.
        AddPayeesAfter(scan, PayeeCueWords);
        if (scan.HasNonAscii)
        {
            AddPayeesAfter(scan, NonAsciiPayeeCueWords);
        }
    }

    private static void AddPayeesAfter(TextScan scan, string[] cues)
    {
        var text = scan.Text;
        foreach (var cue in cues)
        {
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
            {
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    AddCapitalisedPayee(scan, at + cue.Length);
                }
            }
        }
    }

    /// <summary>Two to four words in capitals from <paramref name="start"/>, none a company's or a bank's word.</summary>
    private static void AddCapitalisedPayee(TextScan scan, int start)
    {
        var text = scan.Text;
        var end = start;
        var words = 0;
        while (end < text.Length && words < 4)
        {
            var wordEnd = end;
            while (wordEnd < text.Length && (char.IsUpper(text[wordEnd]) || (text[wordEnd] is '\'' or '-' && wordEnd > end)))
            {
                wordEnd++;
            }

            if (wordEnd - end < 2 || (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])) || NotPayeeWords.Contains(text.AsSpan(end, wordEnd - end)))
            {
                break;
            }

            words++;
            end = wordEnd;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        if (words >= 2)
        {
            scan.Add(PiiEntityType.Person, start, text[end - 1] == ' ' ? end - 1 - start : end - start, 0.85);
        }
    }
}
