using System.Security.Cryptography;
using System.Text;

namespace Masking;

/// <summary>
/// Applies the policy's operators to the spans the analyzer found. One instance per record: placeholder
/// numbers are consistent within the record (the same person is <c>&lt;PERSON_1&gt;</c> in every turn).
/// </summary>
internal sealed class TextMasker
{
    private readonly MaskingPolicy _policy;
    private readonly byte[] _key;
    private readonly Dictionary<(PiiEntityType, string), int> _placeholderNumbers = [];
    private readonly Dictionary<PiiEntityType, int> _nextNumber = [];

    public TextMasker(MaskingPolicy policy, byte[] key)
    {
        _policy = policy;
        _key = key;
    }

    public void ResetRecord()
    {
        _placeholderNumbers.Clear();
        _nextNumber.Clear();
    }

    public string Apply(string text, IReadOnlyList<PiiMatch> matches, Action<PiiEntityType> counted)
    {
        if (matches.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var match in matches)
        {
            var op = _policy.OperatorFor(match.Type);
            if (op == MaskingOperator.Keep)
            {
                continue;
            }

            builder.Append(text, position, match.Start - position);
            var value = text.AsSpan(match.Start, match.Length);
            switch (op)
            {
                case MaskingOperator.Placeholder:
                    builder.Append('<').Append(match.Type.ToName()).Append('_').Append(PlaceholderNumber(match.Type, value)).Append('>');
                    break;
                case MaskingOperator.Redact:
                    builder.Append("[REDACTED]");
                    break;
                case MaskingOperator.Pseudonym:
                    builder.Append('<').Append(match.Type.ToName()).Append('_').Append(Pseudonym(match.Type, value)).Append('>');
                    break;
                case MaskingOperator.PartialMask:
                    AppendPartial(builder, value);
                    break;
                default:
                    throw new InvalidOperationException($"operator {op} is not handled");
            }

            position = match.End;
            counted(match.Type);
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private int PlaceholderNumber(PiiEntityType type, ReadOnlySpan<char> value)
    {
        var key = (type, Normalize(type, value));
        if (!_placeholderNumbers.TryGetValue(key, out var number) && type == PiiEntityType.Person && TryFindSamePerson(key.Item2, out number))
        {
            // "Tomasz" after "Tomasz Kowalski": the same person keeps the same placeholder.
            _placeholderNumbers[key] = number;
        }

        if (number == 0)
        {
            number = _nextNumber.GetValueOrDefault(type) + 1;
            _nextNumber[type] = number;
            _placeholderNumbers[key] = number;
        }

        return number;
    }

    private bool TryFindSamePerson(string normalized, out int number)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var ((type, known), n) in _placeholderNumbers)
        {
            if (type != PiiEntityType.Person)
            {
                continue;
            }

            var knownWords = known.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.All(w => knownWords.Contains(w, StringComparer.Ordinal)) || knownWords.All(w => words.Contains(w, StringComparer.Ordinal)))
            {
                number = n;
                return true;
            }
        }

        number = 0;
        return false;
    }

    /// <summary>First 8 bytes of HMAC-SHA256(key, type ‖ normalised value), hex: stable across the dataset and runs.</summary>
    private string Pseudonym(PiiEntityType type, ReadOnlySpan<char> value)
    {
        var normalized = $"{type.ToName()}\u001f{Normalize(type, value)}";
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalized), mac);
        return Convert.ToHexStringLower(mac[..8]);
    }

    private static void AppendPartial(StringBuilder builder, ReadOnlySpan<char> value)
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
                builder.Append(seen >= keepFrom && keepFrom >= 4 ? c : '*');
                seen++;
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>Formatting differences must not split one person or number into two pseudonyms.</summary>
    private static string Normalize(PiiEntityType type, ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        var textual = type is PiiEntityType.Person or PiiEntityType.StreetAddress or PiiEntityType.City or PiiEntityType.Email or PiiEntityType.Url or PiiEntityType.Date;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (textual && c == ' ' && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
            else if (textual && c is '@' or '.' or '/' or ':')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
