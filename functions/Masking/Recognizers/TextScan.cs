namespace Masking.Recognizers;

/// <summary>The working state for one text: the candidates found so far and cheap context look-ups.</summary>
internal sealed class TextScan
{
    public TextScan(string text)
    {
        Text = text;
        HasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
    }

    public string Text { get; }

    /// <summary>Most identifiers contain digits; texts without any skip those recognizers entirely.</summary>
    public bool HasDigit { get; }

    public List<PiiMatch> Candidates { get; } = [];

    public void Add(PiiEntityType type, int start, int length, double score)
    {
        if (length > 0 && score > 0)
        {
            Candidates.Add(new PiiMatch(type, start, length, Math.Min(score, 1.0)));
        }
    }

    /// <summary>True when a cue phrase is among the words within <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public bool CueBefore(int start, CueSet cues, int window = 48) => cues.Before(Text, start, window);

    /// <summary>True when a cue phrase is among the words within <paramref name="window"/> characters after <paramref name="end"/>.</summary>
    public bool CueAfter(int end, CueSet cues, int window = 32) => cues.After(Text, end, window);

    /// <summary>Plain substring search for symbol cues ("$", "€") in a short window before <paramref name="start"/>.</summary>
    public bool SymbolBefore(int start, ReadOnlySpan<string> symbols, int window)
    {
        var from = Math.Max(0, start - window);
        var before = Text.AsSpan(from, start - from);
        foreach (var symbol in symbols)
        {
            if (ContainsWord(before, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Case-insensitive phrase search that respects word boundaries at both ends.</summary>
    internal static bool ContainsWord(ReadOnlySpan<char> haystack, string cue)
    {
        var offset = 0;
        while (offset < haystack.Length)
        {
            var index = haystack[offset..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            var at = offset + index;
            var end = at + cue.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]) || !char.IsLetterOrDigit(cue[0]);
            var endOk = end >= haystack.Length || !char.IsLetterOrDigit(haystack[end]) || !char.IsLetterOrDigit(cue[^1]);
            if (startOk && endOk)
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }
}

/// <summary>Finds one family of personal data and adds scored candidates to a <see cref="TextScan"/>.</summary>
internal interface IRecognizer
{
    void Recognize(TextScan scan);
}
