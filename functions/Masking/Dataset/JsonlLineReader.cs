using System.Buffers;

namespace Masking.Dataset;

/// <summary>One physical line of a JSONL stream, without its line terminator.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Bytes">The line's bytes (BOM and trailing CR removed); empty when <see cref="TooLong"/>.</param>
/// <param name="ByteLength">The line's full length in bytes, even when it was too long to keep.</param>
/// <param name="TooLong">The line exceeded the size limit; its bytes were skipped, not buffered.</param>
public readonly record struct JsonlLine(long Number, ReadOnlyMemory<byte> Bytes, long ByteLength, bool TooLong);

/// <summary>
/// Splits a UTF-8 stream into lines with bounded memory: a line longer than the limit is skipped to its end and
/// reported as too long, never buffered whole, so a hostile file cannot exhaust memory.
/// </summary>
public sealed class JsonlLineReader : IDisposable
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atStreamStart = true;
    private long _lineNumber;

    /// <summary>Creates a reader; <paramref name="maxLineBytes"/> bounds the memory one line may take.</summary>
    public JsonlLineReader(Stream stream, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(64 * 1024, Math.Min(maxLineBytes + 2, 1024 * 1024)));
    }

    /// <summary>Bytes consumed from the stream so far (for progress).</summary>
    public long BytesRead { get; private set; }

    /// <summary>
    /// Reads the next line. The returned bytes stay valid until the next call. Returns false at the end of the
    /// stream. A final line without a terminator is returned; an empty final line after a terminator is not.
    /// </summary>
    public async ValueTask<(bool Found, JsonlLine Line)> ReadLineAsync(CancellationToken cancellationToken)
    {
        var skipping = false;
        long skippedLength = 0;
        var scanFrom = _start;

        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                _lineNumber++;
                if (skipping)
                {
                    var total = skippedLength + (newline - _start);
                    _start = newline + 1;
                    return (true, new JsonlLine(_lineNumber, ReadOnlyMemory<byte>.Empty, total, TooLong: true));
                }

                var length = newline - _start;
                var line = TrimCarriageReturn(new ReadOnlyMemory<byte>(_buffer, _start, length));
                _start = newline + 1;
                return (true, new JsonlLine(_lineNumber, line, line.Length, TooLong: false));
            }

            if (!skipping && _end - _start > _maxLineBytes + 1)
            {
                // Over the limit without a terminator in sight: drop what we hold and skip to the line's end.
                skipping = true;
            }

            if (skipping)
            {
                skippedLength += _end - _start;
                _start = _end;
            }

            if (_eof)
            {
                if (_end > _start || skipping)
                {
                    _lineNumber++;
                    if (skipping)
                    {
                        return (true, new JsonlLine(_lineNumber, ReadOnlyMemory<byte>.Empty, skippedLength, TooLong: true));
                    }

                    var line = TrimCarriageReturn(new ReadOnlyMemory<byte>(_buffer, _start, _end - _start));
                    _start = _end;
                    return (true, new JsonlLine(_lineNumber, line, line.Length, TooLong: false));
                }

                return (false, default);
            }

            // Everything held so far has been searched; after the refill (which may compact) search only new bytes.
            var searched = _end - _start;
            await FillAsync(cancellationToken);
            scanFrom = _start + searched;
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // Compact: move the partial line to the front, grow only while a single line needs it.
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxLineBytes + 64 * 1024));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        BytesRead += read;
        _end += read;
        if (_atStreamStart)
        {
            // A stream may hand out fewer than three bytes at a time: gather them before deciding on a BOM.
            while (_end < 3)
            {
                var more = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
                if (more == 0)
                {
                    break;
                }

                BytesRead += more;
                _end += more;
            }

            _atStreamStart = false;
            if (_end >= 3 && _buffer.AsSpan(0, 3).SequenceEqual(Utf8Bom))
            {
                _start = 3;
            }
        }
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
