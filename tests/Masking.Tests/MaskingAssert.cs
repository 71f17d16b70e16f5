namespace Masking.Tests;

/// <summary>The analyzer tests' two checks: a value left whole in the text, and a value masked out of it.</summary>
internal static class MaskingAssert
{
    /// <summary>No match takes any part of <paramref name="kept"/>, not only the whole of it.</summary>
    public static void Kept(PiiAnalyzer analyzer, string text, string kept)
    {
        var start = text.IndexOf(kept, StringComparison.Ordinal);
        Assert.True(start >= 0);
        Assert.DoesNotContain(analyzer.Analyze(text), m => m.Start < start + kept.Length && start < m.Start + m.Length);
    }

    /// <summary><paramref name="value"/> stands in the text, and the redacted text holds it nowhere.</summary>
    public static void Masked(PiiAnalyzer analyzer, string text, string value)
    {
        Assert.True(text.Contains(value, StringComparison.Ordinal), "the value must be in the text");
        Assert.DoesNotContain(value, analyzer.Redact(text).Text, StringComparison.Ordinal);
    }
}
