namespace Masking.Learned;

/// <summary>
/// The words the reviewed sets use often and never mark: each stands in <see cref="MinTexts"/> texts or more and in no value
/// a reviewer marked as personal data ("está", "lleva", "hermano", "msg"). The word model reads them as ordinary words, as it
/// reads English ones, so that a language the English lists do not know is not read as names word by word. Built from the
/// review sets by <c>tests/WordModelBuilder --common-words</c> into <c>Lexicons/review-common-words.txt</c>, before the model is
/// trained; a test checks that the list shipped is the one the sets in the repository give.
/// </summary>
internal static class ReviewCommonWords
{
    /// <summary>The fewest texts a word must stand in.</summary>
    public const int MinTexts = 5;

    /// <summary>The shipped list's words, in lower case.</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Shipped =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Recognizers.Lexicon.ReadWords(["review-common-words.txt"], ' '), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The list the cases give, sorted ordinally: words of three characters or more, in lower case.</summary>
    public static List<string> From(IEnumerable<ReviewCase> cases)
    {
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var review in cases)
        {
            seen.Clear();
            foreach (var word in Words(review.Text))
            {
                if (seen.Add(word))
                {
                    texts[word] = texts.GetValueOrDefault(word) + 1;
                }
            }

            foreach (var value in review.Masked)
            {
                marked.UnionWith(Words(value));
            }
        }

        var common = texts.Where(entry => entry.Value >= MinTexts && entry.Key.Length >= 3 && !marked.Contains(entry.Key)).Select(entry => entry.Key).ToList();
        common.Sort(StringComparer.Ordinal);
        return common;
    }

    /// <summary>The runs of letters (with their combining marks) of <paramref name="text"/>, in lower case.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && WordFeatures.IsWordChar(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
