using System.Collections.Frozen;
using System.Runtime.CompilerServices;

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

    private static readonly System.Buffers.SearchValues<char> LeadingPunctuation = System.Buffers.SearchValues.Create("([{\"'“‘„«‹");
    // "=" too: query strings and logs write "ssn=123456789".
    private static readonly System.Buffers.SearchValues<char> TrailingPunctuation = System.Buffers.SearchValues.Create(",;.!?)]}\"'”’»›:#=");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lastWords;
    private readonly int _maxWords;

    // Cheap filters applied before a token is lower-cased and hashed: the lengths and first characters that the
    // first and last words of the phrases have. Most tokens near a candidate fail them.
    private readonly WordFilter _firstWordFilter;
    private readonly WordFilter _lastWordFilter;

    public CueSet(params string[] phrases)
    {
        var normalized = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0).ToArray();
            if (words.Length > 0)
            {
                normalized.Add(string.Join(' ', words));
                _maxWords = Math.Max(_maxWords, words.Length);
            }
        }

        _lookup = normalized.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = normalized.Select(p => p.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lastWords = normalized.Select(p => p.Split(' ')[^1]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordFilter = new WordFilter(normalized.Select(p => p.Split(' ')[0]));
        _lastWordFilter = new WordFilter(normalized.Select(p => p.Split(' ')[^1]));
        _unspacedCues = normalized.Where(p => p.Length > 0 && IsUnspacedScript(p[0])).ToArray();
    }

    // Cues of Chinese, Japanese and Korean, which write a word's neighbours without a space: "屋企電話 6418 2730" (home
    // phone), "聯絡電話", "手機號碼" end in the cue without starting with it.
    private readonly string[] _unspacedCues;

    private static bool IsUnspacedScript(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF');

    /// <summary>Whether the token ends in one of the cues of a script written without spaces.</summary>
    private bool EndsWithUnspacedCue(ReadOnlySpan<char> token)
    {
        foreach (var cue in _unspacedCues)
        {
            if (token.EndsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue phrase stands among the words within <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Before(string text, int start, int window)
    {
        // The nearest word of a script written without spaces may end in the cue ("屋企電話", "住…1818室，聯絡電話").
        if (_unspacedCues.Length > 0)
        {
            var end = start;
            while (end > 0 && text[end - 1] is ' ' or ':' or '：')
            {
                end--;
            }

            if (end > 0 && IsUnspacedScript(text[end - 1]) && EndsWithUnspacedCue(text.AsSpan(Math.Max(0, end - 8), end - Math.Max(0, end - 8))))
            {
                return true;
            }
        }

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

            // A word the window cuts is only its tail ("…tal" of "Hospital"): no cue, and nothing lies beyond it.
            if (i < from && from > 0 && !IsSeparator(text[from - 1]))
            {
                break;
            }

            // Cues do not reach across a sentence end ("…Smith. Verify identity"): stop at a word ending in . ! ?
            // unless it is a short abbreviation such as "Dr.", "Prof." or "No.".
            if (count > 0 || end < start)
            {
                // A word of four letters or more before its full stop ends a sentence too ("ik ben Sanne. Waarmee"), unless
                // it is a cue word itself ("Prof.", "Insp.").
                var last = text[end - 1];
                if (last is '!' or '?' || (last == '.' && (end - (i + 1) > 6 || (end - (i + 1) >= 5 && !IsCueWord(text.AsSpan(i + 1, end - i - 1))))))
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
            var token = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (!_lastWordFilter.MayMatch(token))
            {
                continue;
            }

            var length = NormalizeInto(token, word);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            // A word the window cuts is only its head ("dob" of "dobrý"): no cue.
            if (i == to && to < text.Length && !IsSeparator(text[to]))
            {
                break;
            }

            tokens[count++] = (start, i);
        }

        Span<char> word = stackalloc char[MaxPhraseChars];
        for (var t = 0; t < count; t++)
        {
            var token = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (!_firstWordFilter.MayMatch(token))
            {
                continue;
            }

            var length = NormalizeInto(token, word);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Whether a token is the first or last word of one of the phrases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsCueWord(ReadOnlySpan<char> token)
    {
        Span<char> word = stackalloc char[MaxPhraseChars];
        var length = NormalizeInto(token, word);
        return length > 0 && (_lastWords.Contains(word[..length]) || _firstWords.Contains(word[..length]));
    }

    /// <summary>Lower-cases a token and trims punctuation around it ("(DOB:" → "dob"); -1 when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NormalizeInto(ReadOnlySpan<char> token, Span<char> destination)
    {
        token = Trim(token);

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        while (token.Length > 0 && LeadingPunctuation.Contains(token[0]))
        {
            token = token[1..];
        }

        while (token.Length > 0 && TrailingPunctuation.Contains(token[^1]))
        {
            token = token[..^1];
        }

        return token;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static char Lower(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// Whether a token could normalise to one of a set of words, judged on its trimmed length and first character
    /// only (lower-casing keeps the length); false means it certainly cannot, true means look it up.
    /// </summary>
    private readonly struct WordFilter
    {
        private readonly ulong _lengths;
        private readonly UInt128 _asciiFirstChars;
        private readonly bool _all;

        public WordFilter(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (word.Length >= 64 || word.Length == 0 || word[0] >= 128)
                {
                    _all = true;
                    continue;
                }

                _lengths |= 1UL << word.Length;
                _asciiFirstChars |= UInt128.One << word[0];
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MayMatch(ReadOnlySpan<char> token)
        {
            if (_all)
            {
                return true;
            }

            token = Trim(token);
            if (token.Length is 0 or >= 64 || (_lengths & (1UL << token.Length)) == 0)
            {
                return false;
            }

            var first = Lower(token[0]);
            return first >= 128 || (_asciiFirstChars & (UInt128.One << first)) != UInt128.Zero;
        }
    }

    // "routing/transit number": a slash separates words as a space does.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '/';

    private static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        var n = NormalizeInto(word, buffer);
        return n < 0 ? word : new string(buffer[..n]);
    }
}
