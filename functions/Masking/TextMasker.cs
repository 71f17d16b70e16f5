using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Masking;

/// <summary>
/// Applies the policy's operators to the spans the analyzer found. Placeholder numbers are consistent within a
/// record (the same person is <c>&lt;PERSON_1&gt;</c> in every turn); <see cref="ResetRecord"/> starts the next one.
/// One instance serves many records on one thread at a time: its buffers and dictionaries are reused, and values are
/// looked up by span, so masking a value allocates only the first time it is seen in a record.
/// </summary>
internal sealed class TextMasker
{
    private static readonly int TypeCount = Enum.GetValues<PiiEntityType>().Length;

    private readonly byte[] _key;
    private readonly MaskingOperator[] _operators;
    private readonly string[] _typeNames;

    // Per entity type: normalised value → placeholder number, in order of first use (person aliasing walks that order).
    private readonly Dictionary<string, int>[] _placeholderNumbers;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _placeholderLookups;
    private readonly int[] _nextNumber;

    // The record's person placeholders again, by word: the entries (in the order added) that hold each word. Finding
    // "the same person" looks only at entries sharing a word with the new value — any match must share one — instead of
    // at every person of the record, which made a record naming thousands of people quadratic.
    private readonly List<(string Key, int Number)> _persons = [];
    private readonly Dictionary<string, List<int>> _personsByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _personsByWordLookup;
    private int _firstWordlessPerson = -1;
    private char[] _output = new char[1024];
    private int _length;

    public TextMasker(MaskingPolicy policy, byte[] key)
    {
        _key = key;
        _operators = new MaskingOperator[TypeCount];
        _typeNames = new string[TypeCount];
        _placeholderNumbers = new Dictionary<string, int>[TypeCount];
        _placeholderLookups = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[TypeCount];
        _nextNumber = new int[TypeCount];
        foreach (var type in Enum.GetValues<PiiEntityType>())
        {
            _operators[(int)type] = policy.OperatorFor(type);
            _typeNames[(int)type] = type.ToName();
            _placeholderNumbers[(int)type] = new Dictionary<string, int>(StringComparer.Ordinal);
            _placeholderLookups[(int)type] = _placeholderNumbers[(int)type].GetAlternateLookup<ReadOnlySpan<char>>();
        }

        _personsByWordLookup = _personsByWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ResetRecord()
    {
        foreach (var numbers in _placeholderNumbers)
        {
            numbers.Clear();
        }

        Array.Clear(_nextNumber);
        _persons.Clear();
        _personsByWord.Clear();
        _firstWordlessPerson = -1;
    }

    /// <summary>
    /// The masked text (valid until the next call) for <paramref name="matches"/> in <paramref name="text"/>; adds
    /// <c>(field, type)</c> to <paramref name="counted"/> for each value masked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Apply(string text, IReadOnlyList<PiiMatch> matches, List<(string Field, PiiEntityType Type)> counted, string field)
    {
        if (matches.Count == 0)
        {
            return text;
        }

        _length = 0;
        var position = 0;
        foreach (var match in matches)
        {
            var op = _operators[(int)match.Type];
            if (op == MaskingOperator.Keep)
            {
                continue;
            }

            Append(text.AsSpan(position, match.Start - position));
            var value = text.AsSpan(match.Start, match.Length);
            switch (op)
            {
                case MaskingOperator.Placeholder:
                    Append('<');
                    Append(_typeNames[(int)match.Type]);
                    Append('_');
                    AppendNumber(PlaceholderNumber(match.Type, value));
                    Append('>');
                    break;
                case MaskingOperator.Redact:
                    Append("[REDACTED]");
                    break;
                case MaskingOperator.Pseudonym:
                    Append('<');
                    Append(_typeNames[(int)match.Type]);
                    Append('_');
                    AppendPseudonym(match.Type, value);
                    Append('>');
                    break;
                case MaskingOperator.PartialMask:
                    AppendPartial(value);
                    break;
                default:
                    throw new InvalidOperationException($"operator {op} is not handled");
            }

            position = match.End;
            counted.Add((field, match.Type));
        }

        Append(text.AsSpan(position, text.Length - position));
        return _output.AsSpan(0, _length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PlaceholderNumber(PiiEntityType type, ReadOnlySpan<char> value)
    {
        char[]? rented = null;
        var buffer = value.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            var normalized = Normalize(type, value, buffer);
            var lookup = _placeholderLookups[(int)type];
            if (lookup.TryGetValue(normalized, out var number))
            {
                return number;
            }

            var key = new string(normalized);
            if (type == PiiEntityType.Person && TryFindSamePerson(key, out number))
            {
                // "Tomasz" after "Tomasz Kowalski": the same person keeps the same placeholder.
                _placeholderNumbers[(int)type][key] = number;
            }

            if (number == 0)
            {
                number = ++_nextNumber[(int)type];
                _placeholderNumbers[(int)type][key] = number;
            }

            if (type == PiiEntityType.Person)
            {
                IndexPerson(key, number);
            }

            return number;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The placeholder of the first person of the record (in the order added) whose words all appear in
    /// <paramref name="normalized"/>, or who has all of its words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryFindSamePerson(string normalized, out int number)
    {
        // A person without words matches anything; a value without words matches the first person.
        var best = _firstWordlessPerson >= 0 ? _firstWordlessPerson : int.MaxValue;
        var hasWords = false;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            hasWords = true;
            if (!_personsByWordLookup.TryGetValue(word, out var entries))
            {
                continue;
            }

            foreach (var index in entries)
            {
                if (index >= best)
                {
                    break;
                }

                var known = _persons[index].Key;
                if (AllWordsIn(normalized, known) || AllWordsIn(known, normalized))
                {
                    best = index;
                    break;
                }
            }
        }

        if (!hasWords && _persons.Count > 0)
        {
            best = 0;
        }

        number = best == int.MaxValue ? 0 : _persons[best].Number;
        return number != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void IndexPerson(string key, int number)
    {
        var index = _persons.Count;
        _persons.Add((key, number));
        var hasWords = false;
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            hasWords = true;
            if (!_personsByWordLookup.TryGetValue(word, out var entries))
            {
                _personsByWordLookup[word] = entries = [];
            }

            if (entries.Count == 0 || entries[^1] != index)
            {
                entries.Add(index);
            }
        }

        if (!hasWords && _firstWordlessPerson < 0)
        {
            _firstWordlessPerson = index;
        }
    }

    /// <summary>Whether every space-separated word of <paramref name="words"/> is also a word of <paramref name="other"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllWordsIn(ReadOnlySpan<char> words, ReadOnlySpan<char> other)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var found = false;
            foreach (var otherRange in other.Split(' '))
            {
                if (other[otherRange].SequenceEqual(word))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>First 8 bytes of HMAC-SHA256(key, type ‖ normalised value), hex: stable across the dataset and runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendPseudonym(PiiEntityType type, ReadOnlySpan<char> value)
    {
        var buffer = new char[value.Length];
        var normalized = $"{_typeNames[(int)type]}\u001f{Normalize(type, value, buffer)}";
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalized), mac);
        Span<char> hex = stackalloc char[16];
        Convert.TryToHexStringLower(mac[..8], hex, out _);
        Append(hex);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendPartial(ReadOnlySpan<char> value)
    {
        var alnum = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                alnum++;
            }
        }

        var keepFrom = alnum - 4;
        var seen = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                Append(seen >= keepFrom && keepFrom >= 4 ? c : '*');
                seen++;
            }
            else
            {
                Append(c);
            }
        }
    }

    /// <summary>Formatting differences must not split one person or number into two pseudonyms.</summary>
    /// <remarks>Writes into <paramref name="buffer"/> (at least as long as <paramref name="value"/>) and returns the part written.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Normalize(PiiEntityType type, ReadOnlySpan<char> value, Span<char> buffer)
    {
        var length = 0;
        var textual = type is PiiEntityType.Person or PiiEntityType.StreetAddress or PiiEntityType.City or PiiEntityType.Email or PiiEntityType.Url or PiiEntityType.Date;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
            else if (textual && c == ' ' && length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
            else if (textual && c is '@' or '.' or '/' or ':')
            {
                buffer[length++] = c;
            }
        }

        // Only spaces can end the value with white space (every other character kept is a letter, digit or symbol).
        while (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return buffer[..length];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(char c)
    {
        if (_length == _output.Length)
        {
            Grow(1);
        }

        _output[_length++] = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _output.Length)
        {
            Grow(chars.Length);
        }

        chars.CopyTo(_output.AsSpan(_length));
        _length += chars.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendNumber(int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        Append(digits[..written]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow(int needed)
    {
        var bigger = new char[Math.Max(_output.Length * 2, _length + needed)];
        _output.AsSpan(0, _length).CopyTo(bigger);
        _output = bigger;
    }
}
