using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>What the table-reading recognizers share: rule lines and header phrases.</summary>
internal static class TableText
{
    /// <summary>
    /// The delimiters that end a row's cells. A comma-separated export quotes a cell that holds its delimiter ("\"5426
    /// Larchwood Ave, Philadelphia PA 19143\""): a comma or semicolon inside quotes ends no cell. Pipes and tabs are counted
    /// as they stand, as quotes there are text ("5'11\"").
    /// </summary>
    public static int CellBreaks(ReadOnlySpan<char> line, char delimiter)
    {
        if (delimiter is not (',' or ';') || !line.Contains('"'))
        {
            return line.Count(delimiter);
        }

        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The next cell of a row from <paramref name="position"/>, read as <see cref="CellBreaks"/> counts; false past the row's end.</summary>
    public static bool NextCell(ReadOnlySpan<char> line, char delimiter, ref int position, out int start, out int end)
    {
        start = end = position;
        if (position > line.Length)
        {
            return false;
        }

        var quoted = false;
        var quotes = delimiter is ',' or ';';
        while (end < line.Length && (line[end] != delimiter || quoted))
        {
            if (quotes && line[end] == '"')
            {
                quoted = !quoted;
            }

            end++;
        }

        position = end + 1;
        return true;
    }

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
