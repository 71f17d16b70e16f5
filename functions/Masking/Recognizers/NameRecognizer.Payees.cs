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
        // A bank's own codes in brackets after an account ("(BIC GIBAATWWXXX)").
        "BIC", "SWIFT", "IBAN", "IFSC", "BSB", "SORT",
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

    /// <summary>
    /// The holder in capitals in brackets right after an account's or a card's number, as a bank's export or SMS prints it
    /// ("from 8720145563 (RINA MARLINA) to BRI 0341 0100 5672 508 (HENDRA GUNAWAN)", "to AE58 0330 … (MOHAMMED YOUSEF)").
    /// </summary>
    private static void RecognizeHoldersAfterAccounts(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (_, end, digits) in scan.DigitClusters)
        {
            if (digits >= 8 && end + 4 < text.Length && text[end] == ' ' && text[end + 1] == '(' && char.IsUpper(text[end + 2])
                && CapitalisedPayeeEnd(text, end + 2) is var holderEnd and > 0 && holderEnd < text.Length && text[holderEnd] == ')'
                && NoOrdinaryWord(text.AsSpan(end + 2, holderEnd - end - 2)))
            {
                scan.Add(PiiEntityType.Person, end + 2, holderEnd - end - 2, 0.85);
            }
        }
    }

    /// <summary>Whether every word in capitals is a listed name or no dictionary word ("RINA MARLINA"; not "TOLL FREE", "SAVINGS ACCOUNT").</summary>
    private static bool NoOrdinaryWord(ReadOnlySpan<char> words)
    {
        Span<char> lower = stackalloc char[32];
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > lower.Length)
            {
                return false;
            }

            var n = word.ToLowerInvariant(lower);
            if (OrdinaryWords.Contains(lower[..n]) && (NameWords.Of(word) & (WordKinds.FirstName | WordKinds.LastName)) == 0)
            {
                return false;
            }
        }

        return true;
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
        if (CapitalisedPayeeEnd(scan.Text, start) is var end and > 0)
        {
            scan.Add(PiiEntityType.Person, start, end - start, 0.85);
        }
    }

    /// <summary>The end of two to four words in capitals from <paramref name="start"/>, none a company's or a bank's word; 0 when none.</summary>
    private static int CapitalisedPayeeEnd(string text, int start)
    {
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

        return words >= 2 ? (text[end - 1] == ' ' ? end - 1 : end) : 0;
    }
}
