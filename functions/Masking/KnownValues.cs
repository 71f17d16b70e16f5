using System.Buffers;
using System.Runtime.CompilerServices;

namespace Masking;

/// <summary>
/// The values recognised somewhere in one record (person-name words, distinctive identifiers), searched for again in the
/// record's other texts. A handful of values is searched for one by one. Many of them — a long transcript that names
/// hundreds of people — go through an index instead, so that the search costs about one look-up per word start and
/// distinct value length, not one pass over the text per value (a 100,000-character record naming 6,000 people took
/// 1.8 s the first way).
/// </summary>
/// <remarks>
/// Both ways find the same occurrences: a value at a word boundary, not inside a recognised span, where a left-to-right
/// search for that value would stop. The index finds every occurrence at a word start; that is the same set except for
/// a value that can overlap itself ("a-a" in "a-a-a"), whose overlapping occurrences the left-to-right search skips, so
/// such values are still searched for one by one. Values added after a search rebuild the index.
/// </remarks>
internal sealed class KnownValues
{
    /// <summary>Above this many values × text characters, the index is used.</summary>
    internal const long IndexedSearchAbove = 1 << 16;

    // A search costs something even in a short text: thousands of values over thousands of tiny strings go to the index too.
    private const int PerValueSearchCost = 32;

    private int[]? _lengths;
    private Dictionary<string, PiiEntityType>? _indexed;
    private List<(string Value, PiiEntityType Type)>? _selfOverlapping;
    private SearchValues<char>? _firstChars;
    private int _indexedCount;

    /// <summary>The values and their types, keyed by exact value.</summary>
    public Dictionary<string, PiiEntityType> Values { get; } = new(StringComparer.Ordinal);

    public int Count => Values.Count;

    /// <summary>Starts a new record.</summary>
    public void Clear()
    {
        Values.Clear();
        _lengths = null;
        _indexed = null;
        _selfOverlapping = null;
        _firstChars = null;
    }

    /// <summary>Whether searching <paramref name="text"/> value by value would cost more than going through the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool PreferIndex(string text) => (long)Values.Count * (text.Length + PerValueSearchCost) > IndexedSearchAbove;

    /// <summary>
    /// Adds every occurrence of a known value in <paramref name="text"/> that no span of <paramref name="matches"/> (sorted,
    /// not overlapping) covers to <paramref name="candidates"/>, through the index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FindIndexed(string text, IReadOnlyList<PiiMatch> matches, ref List<PiiMatch>? candidates)
    {
        if (_lengths is null || _indexedCount != Values.Count)
        {
            BuildIndex();
        }

        var lookup = _indexed!.GetAlternateLookup<ReadOnlySpan<char>>();
        var offset = 0;
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(_firstChars!);
            if (next < 0)
            {
                break;
            }

            var start = offset + next;
            offset = start + 1;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                continue;
            }

            foreach (var length in _lengths!)
            {
                var end = start + length;
                if (end > text.Length)
                {
                    break;
                }

                if ((end < text.Length && char.IsLetterOrDigit(text[end])) || !lookup.TryGetValue(text.AsSpan(start, length), out var type))
                {
                    continue;
                }

                if (!PiiAnalyzer.CoveredSorted(matches, start, end) && PiiAnalyzer.MayRepeatAt(text, type, start, length))
                {
                    (candidates ??= []).Add(new PiiMatch(type, start, length, PiiAnalyzer.KnownValueScore));
                }
            }
        }

        foreach (var (value, type) in _selfOverlapping!)
        {
            PiiAnalyzer.FindKnownValue(text, matches, value, type, ref candidates, matchesSorted: true);
        }
    }

    private void BuildIndex()
    {
        _indexed = new Dictionary<string, PiiEntityType>(Values.Count, StringComparer.Ordinal);
        _selfOverlapping = [];
        var lengths = new SortedSet<int>();
        var firstChars = new HashSet<char>();
        foreach (var (value, type) in Values)
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (CanOverlapItself(value))
            {
                _selfOverlapping.Add((value, type));
                continue;
            }

            _indexed[value] = type;
            lengths.Add(value.Length);
            firstChars.Add(value[0]);
        }

        _lengths = [.. lengths];
        _indexedCount = Values.Count;
        _firstChars = SearchValues.Create([.. firstChars]);
    }

    /// <summary>True when a proper prefix of <paramref name="value"/> is also its suffix, so two occurrences can overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool CanOverlapItself(string value)
    {
        // The longest border from the prefix function (Knuth–Morris–Pratt): linear in the value's length.
        var border = new int[value.Length];
        for (var i = 1; i < value.Length; i++)
        {
            var k = border[i - 1];
            while (k > 0 && value[i] != value[k])
            {
                k = border[k - 1];
            }

            border[i] = value[i] == value[k] ? k + 1 : k;
        }

        return border[^1] > 0;
    }
}
