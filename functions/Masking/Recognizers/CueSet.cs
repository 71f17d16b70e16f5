namespace Masking.Recognizers;

/// <summary>
/// Context words ("patient", "routing number", "born") looked up by hashing the few words next to a
/// candidate, instead of searching the text once per cue: the recognizers ask this on every candidate,
/// so its cost must not grow with the number of cues.
/// </summary>
internal sealed class CueSet
{
    private const int MaxTokens = 10;
    private const int MaxPhraseChars = 64;

    private static readonly System.Buffers.SearchValues<char> LeadingPunctuation = System.Buffers.SearchValues.Create("([{\"'“‘");
    private static readonly System.Buffers.SearchValues<char> TrailingPunctuation = System.Buffers.SearchValues.Create(",;.!?)]}\"'”’:#");

    private readonly HashSet<string> _phrases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lastWords;
    private readonly int _maxWords;

    public CueSet(params string[] phrases)
    {
        _phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0).ToArray();
            if (words.Length > 0)
            {
                _phrases.Add(string.Join(' ', words));
                _maxWords = Math.Max(_maxWords, words.Length);
            }
        }

        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new HashSet<string>(_phrases.Select(p => p.Split(' ')[0]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lastWords = new HashSet<string>(_phrases.Select(p => p.Split(' ')[^1]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when a cue phrase stands among the words within <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public bool Before(string text, int start, int window)
    {
        Span<(int Start, int End)> tokens = stackalloc (int, int)[MaxTokens];
        var from = Math.Max(0, start - window);
        var count = 0;
        var i = start - 1;
        while (i >= from && count < MaxTokens)
        {
            while (i >= from && IsSeparator(text[i]))
            {
                i--;
            }

            if (i < from)
            {
                break;
            }

            var end = i + 1;
            while (i >= from && !IsSeparator(text[i]))
            {
                i--;
            }

            // Cues do not reach across a sentence end ("…Smith. Verify identity"): stop at a word ending in . ! ?
            // unless it is a short abbreviation such as "Dr.", "Prof." or "No.".
            if (count > 0 || end < start)
            {
                var last = text[end - 1];
                if (last is '!' or '?' || (last == '.' && end - (i + 1) > 6))
                {
                    break;
                }
            }

            tokens[count++] = (i + 1, end);
        }

        // tokens[0] is nearest; phrases read left to right, so walk n-grams ending at each token — only at tokens
        // that can end a phrase, which rules out most tokens with one lookup.
        Span<char> word = stackalloc char[MaxPhraseChars];
        for (var t = 0; t < count; t++)
        {
            var length = NormalizeInto(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start), word);
            if (length <= 0 || !_lastWords.Contains(word[..length]))
            {
                continue;
            }

            for (var n = 1; n <= _maxWords && t + n - 1 < count; n++)
            {
                if (Matches(text, tokens, t + n - 1, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a cue phrase stands among the words within <paramref name="window"/> characters after <paramref name="end"/>.</summary>
    public bool After(string text, int end, int window)
    {
        Span<(int Start, int End)> tokens = stackalloc (int, int)[MaxTokens];
        var to = Math.Min(text.Length, end + window);
        var count = 0;
        var i = end;
        while (i < to && count < MaxTokens)
        {
            while (i < to && IsSeparator(text[i]))
            {
                i++;
            }

            if (i >= to)
            {
                break;
            }

            var start = i;
            while (i < to && !IsSeparator(text[i]))
            {
                i++;
            }

            tokens[count++] = (start, i);
        }

        Span<char> word = stackalloc char[MaxPhraseChars];
        for (var t = 0; t < count; t++)
        {
            var length = NormalizeInto(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start), word);
            if (length <= 0 || !_firstWords.Contains(word[..length]))
            {
                continue;
            }

            for (var n = 1; n <= _maxWords && t + n - 1 < count; n++)
            {
                if (Matches(text, tokens, t, t + n - 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the tokens from index <paramref name="first"/> to <paramref name="last"/> (in reading order) form a cue.</summary>
    private bool Matches(string text, ReadOnlySpan<(int Start, int End)> tokens, int first, int last)
    {
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        var length = 0;
        var step = first <= last ? 1 : -1;
        for (var t = first; ; t += step)
        {
            var token = NormalizeInto(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start), buffer[length..]);
            if (token < 0)
            {
                return false;
            }

            length += token;
            if (t == last)
            {
                break;
            }

            if (length >= buffer.Length)
            {
                return false;
            }

            buffer[length++] = ' ';
        }

        return length > 0 && _lookup.Contains(buffer[..length]);
    }

    /// <summary>Lower-cases a token and trims punctuation around it ("(DOB:" → "dob"); -1 when it does not fit.</summary>
    private static int NormalizeInto(ReadOnlySpan<char> token, Span<char> destination)
    {
        while (token.Length > 0 && LeadingPunctuation.Contains(token[0]))
        {
            token = token[1..];
        }

        while (token.Length > 0 && TrailingPunctuation.Contains(token[^1]))
        {
            token = token[..^1];
        }

        if (token.Length > destination.Length)
        {
            return -1;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            destination[i] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return token.Length;
    }

    // "routing/transit number": a slash separates words as a space does.
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '/';

    private static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        var n = NormalizeInto(word, buffer);
        return n < 0 ? word : new string(buffer[..n]);
    }
}
