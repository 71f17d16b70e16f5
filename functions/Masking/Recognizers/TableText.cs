using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>What the table-reading recognizers share: rule lines and header phrases.</summary>
internal static class TableText
{
    /// <summary>Markdown's header rule ("|---|:---:|"): no cell content, only the rule's characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsRuleLine(ReadOnlySpan<char> line) => line.Contains('-') && !line.ContainsAnyExcept("|-: \t+");

    /// <summary>
    /// A header or keyword phrase ("Patient Name", "account_no", "**MRN:**") lower-cased into <paramref name="buffer"/>,
    /// its words split on - _ and spaces and joined by single spaces; 0 when empty or longer than the buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int NormalizePhrase(ReadOnlySpan<char> phrase, Span<char> buffer)
    {
        phrase = phrase.Trim().Trim("*:#\"'");
        if (phrase.IsEmpty || phrase.Length > buffer.Length)
        {
            return 0;
        }

        var length = 0;
        foreach (var range in phrase.SplitAny(' ', '-', '_'))
        {
            var word = phrase[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            foreach (var c in word)
            {
                buffer[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>Whether <paramref name="value"/> holds a letter (of any script).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasLetter(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
