using GpuHost.Inference;

namespace GpuHost.Tests;

public sealed class StopSequenceFilterTests
{
    [Fact]
    public void Push_HoldsBackAPossibleStartOfAStopSequence_AndCutsAtIt()
    {
        var filter = new StopSequenceFilter(["END"]);

        var a = filter.Push("abcE");
        var b = filter.Push("N");
        var c = filter.Push("Dxyz");

        Assert.Equal(("abc", false), a);
        Assert.Equal(("", false), b);
        Assert.Equal(("", true), c);
        Assert.Equal("", filter.Flush());
    }

    [Fact]
    public void Flush_ReleasesHeldTextWhenNoStopFollows()
    {
        var filter = new StopSequenceFilter(["END", "\n\n"]);

        var a = filter.Push("hi\n");
        var b = filter.Push("EN");

        Assert.Equal(("hi", false), a);
        Assert.Equal(("\n", false), b);
        Assert.Equal("EN", filter.Flush());
    }
}
