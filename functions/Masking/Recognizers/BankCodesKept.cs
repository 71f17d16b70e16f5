using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A bank's own codes stay, whichever reader marked them: a SWIFT/BIC code after its label ("SWIFT NBIIISRE", "BIC:
/// OCBCSGSG"), Russia's БИК and Ukraine's МФО ("БИК 044525225", "mfo=305299"). They name the bank or its branch, which
/// every customer of it shares, not the customer; an all-capital code otherwise reads to the word model like a name in
/// capitals. Read last.
/// </summary>
internal static class BankCodesKept
{
    // Labels right before the code; the code may follow after ":", "=", " is" or " code".
    private static readonly string[] Labels = ["SWIFT", "Swift", "swift", "BIC", "bic", "БИК", "МФО", "mfo", "MFO"];

    /// <summary><paramref name="matches"/> without the bank codes in them; the same list when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Apply(string text, List<PiiMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            if (m.Length is >= 6 and <= 11 && IsBankCode(text.AsSpan(m.Start, m.Length)) && LabelBefore(text, m.Start, digitsOnly: !text.AsSpan(m.Start, m.Length).ContainsAnyExceptInRange('0', '9')))
            {
                matches.RemoveAt(i);
            }
        }

        return matches;
    }

    /// <summary>A BIC (four letters, a country's two, two letters or digits, perhaps a branch's three) or a bank's 6–9 digit code.</summary>
    private static bool IsBankCode(ReadOnlySpan<char> code)
    {
        if (!code.ContainsAnyExceptInRange('0', '9'))
        {
            return code.Length is >= 6 and <= 9;
        }

        if (code.Length is not (8 or 11))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !code[..6].ContainsAnyExceptInRange('A', 'Z');
    }

    private static bool LabelBefore(string text, int start, bool digitsOnly)
    {
        var from = Math.Max(0, start - 20);
        var before = text.AsSpan(from, start - from).TrimEnd(" :=");
        // Up to two of the label's own words after it ("SWIFT code is X", "SWIFT/BIC: X").
        for (var words = 0; words < 2; words++)
        {
            foreach (var tail in (ReadOnlySpan<string>)[" is", " code", " Code", "/BIC", "/SWIFT", " kod", " kodas"])
            {
                if (before.EndsWith(tail, StringComparison.Ordinal))
                {
                    before = before[..^tail.Length].TrimEnd(" :=");
                    break;
                }
            }
        }

        // A bank's number of digits follows only Russia's and Ukraine's labels; after "SWIFT" digits are an account's.
        foreach (var label in digitsOnly ? (ReadOnlySpan<string>)["БИК", "МФО", "mfo", "MFO"] : Labels)
        {
            if (before.EndsWith(label, StringComparison.Ordinal)
                && (before.Length == label.Length || !char.IsLetterOrDigit(before[^(label.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }
}
