using System.Reflection;

namespace Masking.Recognizers;

/// <summary>A case-sensitive word list read from an embedded resource, looked up by span without allocating.</summary>
internal sealed class Lexicon
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Lexicon(IEnumerable<string> words, StringComparer comparer)
    {
        _words = new HashSet<string>(words, comparer);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon FirstNames { get; } = Load("first-names.txt", ' ', StringComparer.Ordinal);

    public static Lexicon LastNames { get; } = Load("last-names.txt", ' ', StringComparer.Ordinal);

    public static Lexicon NotNames { get; } = Load("not-names.txt", ' ', StringComparer.OrdinalIgnoreCase);

    public static Lexicon Cities { get; } = Load("cities.txt", '|', StringComparer.Ordinal);

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    private static Lexicon Load(string name, char separator, StringComparer comparer)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Masking.Lexicons.{name}")
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var separators = separator == ' ' ? new[] { ' ', '\t' } : new[] { separator };
            words.AddRange(line.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return new Lexicon(words, comparer);
    }
}
