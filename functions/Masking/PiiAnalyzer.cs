using Masking.Recognizers;

namespace Masking;

/// <summary>
/// Finds personal data in text: runs every recognizer, drops candidates under the score threshold and merges
/// overlapping ones, so that a value two recognizers disagree about is still masked whole.
/// </summary>
public sealed class PiiAnalyzer
{
    private readonly IRecognizer[] _recognizers;

    private PiiAnalyzer(double threshold, IRecognizer[] recognizers)
    {
        Threshold = threshold;
        _recognizers = recognizers;
    }

    /// <summary>Candidates scoring below this are not personal data (default 0.5).</summary>
    public double Threshold { get; }

    /// <summary>The analyzer with every built-in recognizer and the default threshold.</summary>
    public static PiiAnalyzer CreateDefault() => Create(0.5);

    /// <summary>The analyzer with every built-in recognizer and the given threshold.</summary>
    public static PiiAnalyzer Create(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        return new PiiAnalyzer(threshold,
        [
            new StructuredRecognizer(),
            new ContextIdRecognizer(),
            new DateRecognizer(),
            new LocationRecognizer(),
            new NameRecognizer(),
        ]);
    }

    /// <summary>Spans above the threshold, non-overlapping, sorted by start.</summary>
    public IReadOnlyList<PiiMatch> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var scan = new TextScan(text);
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(scan);
        }

        return Resolve(scan.Candidates, Threshold);
    }

    /// <summary>
    /// Replaces each recognised span with its type tag (<c>&lt;PERSON&gt;</c>): the egress filter for model output, where
    /// there is no record to keep placeholder numbers consistent in. Returns the text and how many values were replaced.
    /// </summary>
    public (string Text, int Replaced) Redact(string text)
    {
        var matches = Analyze(text);
        if (matches.Count == 0)
        {
            return (text, 0);
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var match in matches)
        {
            builder.Append(text, position, match.Start - position).Append('<').Append(match.Type.ToName()).Append('>');
            position = match.End;
        }

        return (builder.Append(text, position, text.Length - position).ToString(), matches.Count);
    }

    /// <summary>
    /// Adds every other occurrence of values already recognised elsewhere in the same record ("Maria" after
    /// "Patient Maria Lopez", a member id repeated without its keyword) to the spans found in
    /// <paramref name="text"/>, without running the recognizers again.
    /// </summary>
    public IReadOnlyList<PiiMatch> WithKnownValues(string text, IReadOnlyList<PiiMatch> matches, IReadOnlyDictionary<string, PiiEntityType> knownValues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(knownValues);
        var scan = new TextScan(text);
        foreach (var (value, type) in knownValues)
        {
            var offset = 0;
            while (offset < text.Length)
            {
                var index = text.IndexOf(value, offset, StringComparison.Ordinal);
                if (index < 0)
                {
                    break;
                }

                var end = index + value.Length;
                if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                    && !Covered(matches, index, end))
                {
                    scan.Add(type, index, value.Length, 0.75);
                }

                offset = end;
            }
        }

        if (scan.Candidates.Count == 0)
        {
            return matches;
        }

        scan.Candidates.AddRange(matches);
        return Resolve(scan.Candidates, Threshold);
    }

    /// <summary>
    /// Collects what <see cref="WithKnownValues"/> looks for: the words of person names, and whole values of
    /// other types that are distinctive enough to search for (four characters or more, with a digit or '@').
    /// </summary>
    public static void CollectKnownValues(string text, IEnumerable<PiiMatch> matches, IDictionary<string, PiiEntityType> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(into);
        foreach (var match in matches)
        {
            var value = text.Substring(match.Start, match.Length);
            if (match.Type != PiiEntityType.Person)
            {
                if (value.Length >= 4 && value.AsSpan().IndexOfAny(DistinctiveChars) >= 0)
                {
                    into.TryAdd(value, match.Type);
                }

                continue;
            }

            foreach (var word in value.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3 && char.IsUpper(word[0]) && !Lexicon.NotNames.Contains(word))
                {
                    into.TryAdd(word, PiiEntityType.Person);
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> DistinctiveChars = System.Buffers.SearchValues.Create("0123456789@");

    private static bool Covered(IReadOnlyList<PiiMatch> matches, int start, int end)
    {
        foreach (var m in matches)
        {
            if (m.Start <= start && m.End >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static List<PiiMatch> Resolve(List<PiiMatch> candidates, double threshold)
    {
        var kept = candidates;
        kept.RemoveAll(c => c.Score < threshold);
        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<PiiMatch>(kept.Count);
        foreach (var candidate in kept)
        {
            if (result.Count > 0 && candidate.Start < result[^1].End)
            {
                // Overlap: the union is masked; its type is that of the stronger (then longer) candidate.
                var previous = result[^1];
                var end = Math.Max(previous.End, candidate.End);
                var stronger = candidate.Score > previous.Score || (candidate.Score == previous.Score && candidate.Length > previous.Length)
                    ? candidate : previous;
                result[^1] = new PiiMatch(stronger.Type, previous.Start, end - previous.Start, Math.Max(previous.Score, candidate.Score));
                continue;
            }

            result.Add(candidate);
        }

        return result;
    }
}
