using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Values read from scanned forms, whose OCR puts a space between the characters: "P olicy No : M O T- 2 2 8 1 9 0 4 4",
/// "Date of Birth: 0 4/ 1 7/ 1 9 4 0", "acc 1 4 8 2 7 3 9 0 5 1", "H K I D No. : K 3 8 1 4 2 7 ( 0 )", and names written
/// letter by letter after their label ("Statement of:  P R I Y A   S H A R M A"). No other text spaces single digits
/// out, so the shape itself is the evidence; the words before say which value it is.
/// </summary>
internal sealed partial class ContextIdRecognizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSpacedOutValues(TextScan scan)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        for (var r = 0; r < runs.Count; r++)
        {
            // A chain of digit runs of up to four digits, each one to three characters of spaces and separators from the
            // next, with at least four single digits among them ("2 0 / 0 3 / 2 0 2 4", "61 27 73 40 9" is an MRN's groups).
            var first = r;
            var singles = runs[r].End - runs[r].Start == 1 ? 1 : 0;
            var digits = runs[r].End - runs[r].Start;
            while (r + 1 < runs.Count && runs[r].End - runs[r].Start <= 4 && runs[r + 1].End - runs[r + 1].Start <= 4
                && IsSpacedGap(text.AsSpan(runs[r].End, runs[r + 1].Start - runs[r].End)))
            {
                r++;
                singles += runs[r].End - runs[r].Start == 1 ? 1 : 0;
                digits += runs[r].End - runs[r].Start;
            }

            if (singles < 4)
            {
                continue;
            }

            var start = SpacedPrefixStart(text, runs[first].Start);
            // A plate's letters before four digits ("P D K 4 4 1 9", "H B X 8 8 2 2") make as good a shape as six digits.
            if (digits < (start < runs[first].Start ? 4 : 6) || IsCountingUp(text, runs, first, r))
            {
                continue;
            }

            var end = SpacedSuffixEnd(text, runs[r].End);
            var type = SpacedType(text, start, end);
            // Below a value spelt out with its words ("that's M-A-P 0 0 7 7 2 1 9 4"), which the name reader types.
            scan.Add(type, start, end - start, 0.75);
        }

        if (scan.Text.Contains(':'))
        {
            RecognizeSpacedOutNames(scan);
        }
    }

    /// <summary>"1 2 3 4 5 6": a list's or a scale's numbers counting up, not a value.</summary>
    private static bool IsCountingUp(string text, List<(int Start, int End)> runs, int first, int last)
    {
        for (var r = first + 1; r <= last; r++)
        {
            if (int.Parse(text.AsSpan(runs[r].Start, runs[r].End - runs[r].Start), System.Globalization.CultureInfo.InvariantCulture)
                != int.Parse(text.AsSpan(runs[r - 1].Start, runs[r - 1].End - runs[r - 1].Start), System.Globalization.CultureInfo.InvariantCulture) + 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Spaces and the separators of dates, phones and check digits between two spaced-out digits.</summary>
    private static bool IsSpacedGap(ReadOnlySpan<char> gap) =>
        gap.Length is >= 1 and <= 3 && gap.Contains(' ') && !gap.ContainsAnyExcept(" /-().");

    /// <summary>Where a spaced-out value starts: its letters before the digits ("M O T- ", "FNL ", "K ", "( 8 6 8 ) ").</summary>
    private static int SpacedPrefixStart(string text, int start)
    {
        var i = start;
        // "A0 0 8 4 …": capitals glued to the first digit.
        while (i > 0 && start - i < 3 && char.IsAsciiLetterUpper(text[i - 1]))
        {
            i--;
        }

        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return start;
        }

        for (var letters = 0; letters < 4; letters++)
        {
            var j = i;
            while (j > 0 && text[j - 1] is ' ' or '-' or '(' && i - j < 3)
            {
                j--;
            }

            // One capital standing alone, or up to three together ("FNL"), before the gap.
            var k = j;
            while (k > 0 && char.IsAsciiLetterUpper(text[k - 1]) && j - k < 3)
            {
                k--;
            }

            if (k == j || j == i || (k > 0 && char.IsLetterOrDigit(text[k - 1])))
            {
                break;
            }

            i = k;
        }

        // "( 8 6 8 ) 6 5 4- 0 2 1 7": an area code's bracket.
        if (i >= 2 && text[i - 1] == ' ' && text[i - 2] == '(')
        {
            i -= 2;
        }
        else if (i >= 1 && text[i - 1] == '(')
        {
            i--;
        }

        return i;
    }

    /// <summary>Where a spaced-out value ends: a check letter or a bracketed check digit after it ("… 9 Q", "… ( 0 )").</summary>
    private static int SpacedSuffixEnd(string text, int end)
    {
        if (end + 2 <= text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1]) && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
        {
            return end + 2;
        }

        if (end + 2 <= text.Length && text[end] == ' ' && text[end + 1] == ')')
        {
            return end + 2;
        }

        return end < text.Length && text[end] == ')' ? end + 1 : end;
    }

    /// <summary>A date when the digits read as one once the spaces go; else the type the words before name; else an identifier.</summary>
    private static PiiEntityType SpacedType(string text, int start, int end)
    {
        Span<char> compact = stackalloc char[48];
        var length = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (c != ' ' && length < compact.Length)
            {
                compact[length++] = c;
            }
        }

        var value = compact[..length];
        // "2 0 / 0 3 / 2 0 2 4", "0 9 - 1 1 - 1 9 8 8": two of one date separator.
        foreach (var separator in "/-.")
        {
            if (value.Count(separator) == 2 && value.Length is >= 8 and <= 10 && !value.ContainsAnyExcept("0123456789/-.") && value.IndexOfAnyExcept("0123456789" + separator) < 0)
            {
                return PiiEntityType.Date;
            }
        }

        if (FindKeyword(text, start) is { } keyword)
        {
            return keyword.Type;
        }

        return value.Length > 0 && value[0] is '(' or '+' ? PiiEntityType.Phone : PiiEntityType.OtherIdentifier;
    }

    // The words of a label before a name spelt out letter by letter on a scanned form.
    private static readonly System.Buffers.SearchValues<string> SpacedNameLabels = System.Buffers.SearchValues.Create(
        ["name", "insured", "statement of", "claimant", "deceased", "member", "patient", "holder"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A name spelt out in capitals after its label on the same line: three or more single capitals a space apart make a
    /// word, two or more spaces end it ("Card mem ber name : A N I T A  R A O", "Statement of:  P R I Y A   S H A R M A").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSpacedOutNames(TextScan scan)
    {
        var text = scan.Text;
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            // A capital standing alone after the colon and its spaces ("name : A N I T A"), before anything else is read.
            var first = colon + 1;
            while (first < text.Length && first - colon <= 3 && text[first] == ' ')
            {
                first++;
            }

            if (first + 2 >= text.Length || !char.IsUpper(text[first]) || text[first + 1] != ' ' || !char.IsUpper(text[first + 2]))
            {
                continue;
            }

            var lineStart = text.LastIndexOf('\n', Math.Max(0, colon - 1)) + 1;
            if (colon - lineStart > 40 || text.AsSpan(lineStart, colon - lineStart).IndexOfAny(SpacedNameLabels) < 0)
            {
                continue;
            }

            var start = colon + 1;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var end = start;
            var letters = 0;
            var wordLetters = 0;
            var words = 0;
            for (var i = start; i < text.Length; i++)
            {
                if (char.IsUpper(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
                {
                    letters++;
                    wordLetters++;
                    end = i + 1;
                    continue;
                }

                if (text[i] != ' ')
                {
                    break;
                }

                // One space inside a word; two or three between words; more end the name.
                var spaces = 1;
                while (i + spaces < text.Length && text[i + spaces] == ' ')
                {
                    spaces++;
                }

                if (spaces > 1)
                {
                    words += wordLetters >= 2 ? 1 : 0;
                    wordLetters = 0;
                    if (spaces > 3)
                    {
                        break;
                    }
                }

                i += spaces - 1;
            }

            words += wordLetters >= 2 ? 1 : 0;
            if (letters >= 5 && words >= 1 && end > start + 4)
            {
                scan.Add(PiiEntityType.Person, start, end - start, 0.8);
            }
        }
    }
}
