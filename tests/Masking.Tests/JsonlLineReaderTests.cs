using System.Text;
using Masking.Dataset;

namespace Masking.Tests;

public sealed class JsonlLineReaderTests
{
    [Fact]
    public async Task ReadLine_HandlesBomCrlfAndMissingFinalNewline()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":1}\r\n{\"b\":2}\n{\"c\":3}")).ToArray();

        var lines = await ReadAllAsync(new MemoryStream(bytes), 1024);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"], lines.Select(l => Encoding.UTF8.GetString(l.Bytes.Span)));
        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.Number));
    }

    [Fact]
    public async Task ReadLine_TrailingNewline_DoesNotAddEmptyLine()
    {
        var lines = await ReadAllAsync(new MemoryStream("x\ny\n"u8.ToArray()), 1024);

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task ReadLine_OneByteAtATime_GivesSameLines()
    {
        var text = "\uFEFFfirst\nsecond line é\r\n\nlast";
        var bytes = Encoding.UTF8.GetBytes(text);

        var whole = await ReadAllAsync(new MemoryStream(bytes), 64);
        var trickled = await ReadAllAsync(new TrickleStream(bytes), 64);

        Assert.Equal(whole.Select(l => Convert.ToHexString(l.Bytes.Span)), trickled.Select(l => Convert.ToHexString(l.Bytes.Span)));
        Assert.Equal("first", Encoding.UTF8.GetString(whole[0].Bytes.Span));
        Assert.Equal(4, whole.Count);
    }

    [Fact]
    public async Task ReadLine_LineOverLimit_IsSkippedWithoutBufferingAndNextLineSurvives()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        var bytes = Encoding.UTF8.GetBytes($"ok\n{huge}\nafter\n");

        var lines = await ReadAllAsync(new MemoryStream(bytes), 1024);

        Assert.Equal(3, lines.Count);
        Assert.True(lines[1].TooLong);
        Assert.Equal(huge.Length, lines[1].ByteLength);
        Assert.Equal("after", Encoding.UTF8.GetString(lines[2].Bytes.Span));
    }

    private static async Task<List<JsonlLine>> ReadAllAsync(Stream stream, int maxLineBytes)
    {
        using var reader = new JsonlLineReader(stream, maxLineBytes);
        var lines = new List<JsonlLine>();
        while (true)
        {
            var (found, line) = await reader.ReadLineAsync(CancellationToken.None);
            if (!found)
            {
                return lines;
            }

            // Copy: the reader reuses its buffer for the next line.
            lines.Add(line with { Bytes = line.Bytes.ToArray() });
        }
    }

    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
