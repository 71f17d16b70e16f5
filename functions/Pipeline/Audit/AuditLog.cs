using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Pipeline.Audit;

/// <summary>
/// The tamper-evident audit log: hash-chained JSON lines in append blobs (<c>chain/00000000.jsonl</c>, …).
/// Appends are safe across processes: each one is conditional on the append position the writer last saw, so
/// two writers can never both extend the same head; the loser re-reads the head and retries. An append blob
/// holds at most 50,000 blocks (one block per entry here), so the chain continues in the next segment blob.
/// </summary>
public sealed class AuditLog
{
    /// <summary>Blob-name prefix of the chain segments.</summary>
    public const string SegmentPrefix = "chain/";

    private const int MaxAttempts = 100;
    private readonly BlobContainerClient _container;
    private readonly int _entriesPerSegment;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Tail? _tail;

    /// <summary>Creates a log over <paramref name="container"/> (normally <c>audit</c>).</summary>
    public AuditLog(BlobContainerClient container, int entriesPerSegment = 40_000, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        // 50,000 is the service's block limit for one append blob; stay below it with room for a racing writer.
        ArgumentOutOfRangeException.ThrowIfLessThan(entriesPerSegment, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(entriesPerSegment, 49_000);
        _container = container;
        _entriesPerSegment = entriesPerSegment;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Appends one entry after the current head. When <see cref="AuditEvent.EventId"/> equals the head's, the
    /// head is returned instead: a retried activity whose first append succeeded does not record twice.
    /// </summary>
    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Subject);
        var details = new Dictionary<string, string>(auditEvent.Details ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (auditEvent.EventId is not null)
        {
            details[AuditEntry.EventIdKey] = auditEvent.EventId;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var tail = _tail ??= await ReadTailAsync(cancellationToken);
                if (auditEvent.EventId is not null && tail.Last?.Details.GetValueOrDefault(AuditEntry.EventIdKey) == auditEvent.EventId)
                {
                    return tail.Last;
                }

                var entry = AuditEntry.Create(
                    (tail.Last?.Sequence ?? -1) + 1, _time.GetUtcNow(), auditEvent.Actor, auditEvent.Action, auditEvent.Subject,
                    details, tail.Last?.Hash ?? AuditEntry.GenesisHash);
                var (segment, position, blocks) = tail.BlockCount >= _entriesPerSegment
                    ? (tail.Segment + 1, 0L, 0)
                    : (tail.Segment, tail.Position, tail.BlockCount);
                var blob = _container.GetAppendBlobClient(SegmentName(segment));
                byte[] line = [.. entry.ToJsonLine(), (byte)'\n'];
                try
                {
                    if (position == 0)
                    {
                        await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                    }

                    using var content = new MemoryStream(line, writable: false);
                    await blob.AppendBlockAsync(content, new AppendBlobAppendBlockOptions
                    {
                        Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = position },
                    }, cancellationToken);
                    _tail = new Tail(entry, segment, position + line.Length, blocks + 1);
                    return entry;
                }
                catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
                {
                    // Another writer extended the chain first: forget the cached head, back off a little, retry.
                    _tail = null;
                    await Task.Delay(Random.Shared.Next(1, 5 + Math.Min(attempt, 20) * 5), cancellationToken);
                }
                catch
                {
                    _tail = null;
                    throw;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every entry in chain order; stops with <see cref="FormatException"/> at an unreadable line.</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (_, line) in ReadLinesAsync(cancellationToken))
        {
            yield return AuditEntry.Parse(Encoding.UTF8.GetBytes(line));
        }
    }

    /// <summary>
    /// Recomputes the chain from the first entry: each line must parse, carry the next sequence number, link to
    /// the previous entry's hash, and hash to what it claims. Names the first entry that does not.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AuditEntry.GenesisHash;
        var expected = 0L;
        await foreach (var (blobName, line) in ReadLinesAsync(cancellationToken))
        {
            AuditEntry entry;
            try
            {
                entry = AuditEntry.Parse(Encoding.UTF8.GetBytes(line));
            }
            catch (FormatException ex)
            {
                return Broken(expected, $"{blobName}: entry {expected} cannot be read ({ex.Message})");
            }

            if (entry.Sequence != expected)
            {
                return Broken(expected, $"{blobName}: expected sequence {expected} but found {entry.Sequence} (an entry was removed, reordered or inserted)");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return Broken(expected, $"{blobName}: entry {expected} does not link to the previous entry's hash");
            }

            if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
            {
                return Broken(expected, $"{blobName}: entry {expected} was modified (its content does not match its hash)");
            }

            previousHash = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected, null, null, previousHash);

        AuditVerification Broken(long sequence, string reason) => new(false, sequence, sequence, reason, previousHash);
    }

    private static string SegmentName(long segment) => $"{SegmentPrefix}{segment.ToString("D8", CultureInfo.InvariantCulture)}.jsonl";

    private async Task<List<string>> ListSegmentsAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = SegmentPrefix }, cancellationToken))
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private async IAsyncEnumerable<(string Blob, string Line)> ReadLinesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var name in await ListSegmentsAsync(cancellationToken))
        {
            var blob = _container.GetAppendBlobClient(name);
            using var stream = await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: true), cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length > 0)
                {
                    yield return (name, line);
                }
            }
        }
    }

    private async Task<Tail> ReadTailAsync(CancellationToken cancellationToken)
    {
        var segments = await ListSegmentsAsync(cancellationToken);
        if (segments.Count == 0)
        {
            return new Tail(null, 0, 0, 0);
        }

        var lastName = segments[^1];
        var lastSegment = long.Parse(lastName.AsSpan(SegmentPrefix.Length, 8), CultureInfo.InvariantCulture);
        var properties = (await _container.GetAppendBlobClient(lastName).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        var last = await ReadLastEntryAsync(lastName, properties.ContentLength, cancellationToken);
        // A segment created by a writer that then lost the race (or crashed) can be empty: the head is in the one before.
        for (var i = segments.Count - 2; last is null && i >= 0; i--)
        {
            var before = (await _container.GetAppendBlobClient(segments[i]).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            last = await ReadLastEntryAsync(segments[i], before.ContentLength, cancellationToken);
        }

        return new Tail(last, lastSegment, properties.ContentLength, properties.BlobCommittedBlockCount);
    }

    private async Task<AuditEntry?> ReadLastEntryAsync(string blobName, long length, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return null;
        }

        var blob = _container.GetAppendBlobClient(blobName);
        for (long window = 8 * 1024; ; window *= 4)
        {
            var start = Math.Max(0, length - window);
            var content = (await blob.DownloadContentAsync(new BlobDownloadOptions { Range = new HttpRange(start, length - start) }, cancellationToken)).Value.Content.ToArray();
            var end = content.Length;
            while (end > 0 && content[end - 1] == (byte)'\n')
            {
                end--;
            }

            if (end == 0)
            {
                if (start == 0)
                {
                    return null;
                }

                continue;
            }

            var begin = Array.LastIndexOf(content, (byte)'\n', end - 1);
            if (begin >= 0 || start == 0)
            {
                return AuditEntry.Parse(content.AsSpan(begin + 1, end - begin - 1));
            }
        }
    }

    private sealed record Tail(AuditEntry? Last, long Segment, long Position, int BlockCount);
}
