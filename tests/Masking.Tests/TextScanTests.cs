using Masking.Recognizers;

namespace Masking.Tests;

public sealed class TextScanTests
{
    [Fact]
    public void NextCueWord_ACueThatOpensWithAQuote_MovesOnEachTime()
    {
        var cues = System.Buffers.SearchValues.Create(["\"user\":\"", "agent"], StringComparison.OrdinalIgnoreCase);
        const string text = "{\"user\":\"gg-mkowalczyk\",\"agent\":\"x\"}";
        var offset = 0;
        var found = new List<int>();

        // A cue that starts with no letter used to leave the offset where it was, and a caller that read nothing after it
        // searched the same place forever.
        for (var calls = 0; calls < 10 && TextScan.NextCueWord(text, ref offset, cues) is var (cue, _) && cue >= 0; calls++)
        {
            found.Add(cue);
        }

        Assert.Equal([1, 25], found);
    }
}
