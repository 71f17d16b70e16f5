using System.Text;
using Azure.Storage.Blobs.Specialized;
using Pipeline.Audit;
using TestSupport;

namespace Pipeline.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AuditLogTests(AzuriteFixture azurite)
{
    private static AuditEvent Event(int i, string? eventId = null) =>
        new("alice@example.org", "test.step", $"runs/r{i}", new Dictionary<string, string> { ["i"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, eventId);

    [Fact]
    public async Task Append_ThenVerify_ChainIsValidAndLinked()
    {
        var log = new AuditLog(await azurite.NewContainerAsync("audit"));

        var entries = new List<AuditEntry>();
        for (var i = 0; i < 5; i++)
        {
            entries.Add(await log.AppendAsync(Event(i)));
        }

        var verification = await log.VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(5, verification.EntriesChecked);
        Assert.Equal(entries[^1].Hash, verification.LastHash);
        Assert.Equal([0L, 1, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        var stored = await log.ReadAllAsync().ToListAsync();
        Assert.Equal(entries.Select(e => e.Hash), stored.Select(e => e.Hash));
    }

    [Fact]
    public async Task Verify_TamperedLine_NamesThatEntry()
    {
        var container = await azurite.NewContainerAsync("audit");
        var log = new AuditLog(container);
        for (var i = 0; i < 6; i++)
        {
            await log.AppendAsync(Event(i));
        }

        // Rewrite the blob with one detail of entry 3 changed, everything else byte-identical.
        var blob = container.GetAppendBlobClient("chain/00000000.jsonl");
        var lines = (await blob.DownloadContentAsync()).Value.Content.ToString().Split('\n');
        Assert.Contains("\"i\":\"3\"", lines[3], StringComparison.Ordinal);
        lines[3] = lines[3].Replace("\"i\":\"3\"", "\"i\":\"9\"", StringComparison.Ordinal);
        await blob.DeleteAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

        var verification = await new AuditLog(container).VerifyAsync();

        Assert.False(verification.IsValid);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal(3, verification.EntriesChecked);
        Assert.Contains("modified", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RemovedLine_NamesTheMissingSequence()
    {
        var container = await azurite.NewContainerAsync("audit");
        var log = new AuditLog(container);
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(Event(i));
        }

        var blob = container.GetAppendBlobClient("chain/00000000.jsonl");
        var lines = (await blob.DownloadContentAsync()).Value.Content.ToString().Split('\n').ToList();
        lines.RemoveAt(1);
        await blob.DeleteAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

        var verification = await log.VerifyAsync();

        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstBrokenSequence);
        Assert.Contains("expected sequence 1 but found 2", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentAppends_FromSeparateWriters_KeepTheChainValid()
    {
        var container = await azurite.NewContainerAsync("audit");
        // Separate instances behave like separate processes: no shared cache or lock, only the blob conditions.
        var writers = Enumerable.Range(0, 4).Select(_ => new AuditLog(container)).ToArray();

        await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                await writer.AppendAsync(Event((w * 100) + i));
            }
        })));

        var verification = await new AuditLog(container).VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(32, verification.EntriesChecked);
        var subjects = await new AuditLog(container).ReadAllAsync().Select(e => e.Subject).ToListAsync();
        Assert.Equal(32, subjects.Distinct().Count());
    }

    [Fact]
    public async Task Append_PastSegmentSize_ContinuesTheChainInTheNextBlob()
    {
        var container = await azurite.NewContainerAsync("audit");
        var log = new AuditLog(container, entriesPerSegment: 3);
        for (var i = 0; i < 7; i++)
        {
            await log.AppendAsync(Event(i));
        }

        // A fresh writer (no cached head) must find the head in the newest segment.
        await new AuditLog(container, entriesPerSegment: 3).AppendAsync(Event(7));

        var names = await container.GetBlobsAsync().Select(b => b.Name).ToListAsync();
        Assert.Equal(["chain/00000000.jsonl", "chain/00000001.jsonl", "chain/00000002.jsonl"], names);
        var verification = await log.VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(8, verification.EntriesChecked);
    }

    [Fact]
    public async Task Append_AfterAWriterCreatedAnEmptySegment_ContinuesFromThePreviousOne()
    {
        var container = await azurite.NewContainerAsync("audit");
        var log = new AuditLog(container, entriesPerSegment: 3);
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Event(i));
        }

        // A writer that created the next segment and then lost its append race (or crashed) leaves it empty.
        await container.GetAppendBlobClient("chain/00000001.jsonl").CreateAsync();

        var entry = await new AuditLog(container, entriesPerSegment: 3).AppendAsync(Event(3));

        Assert.Equal(3, entry.Sequence);
        var verification = await log.VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(4, verification.EntriesChecked);
    }

    [Fact]
    public async Task Append_SameEventIdTwice_IsWrittenOnce()
    {
        var container = await azurite.NewContainerAsync("audit");
        var first = await new AuditLog(container).AppendAsync(Event(1, eventId: "run-1/0"));

        // A retried activity runs on a fresh instance: it must recognise its own earlier append.
        var again = await new AuditLog(container).AppendAsync(Event(1, eventId: "run-1/0"));

        Assert.Equal(first.Sequence, again.Sequence);
        Assert.Equal(1, (await new AuditLog(container).VerifyAsync()).EntriesChecked);
    }

    [Fact]
    public void Hash_CoversEveryField()
    {
        var entry = AuditEntry.Create(4, DateTimeOffset.UnixEpoch, "a", "b", "c", new Dictionary<string, string> { ["k"] = "v" }, AuditEntry.GenesisHash);

        Assert.Equal(entry.Hash, entry.ComputeHash());
        Assert.NotEqual(entry.Hash, (entry with { Actor = "x" }).ComputeHash());
        Assert.NotEqual(entry.Hash, (entry with { Sequence = 5 }).ComputeHash());
        Assert.NotEqual(entry.Hash, (entry with { Time = entry.Time.AddTicks(1) }).ComputeHash());
        Assert.NotEqual(entry.Hash, (entry with { PreviousHash = new string('1', 64) }).ComputeHash());
        Assert.NotEqual(entry.Hash, (entry with { Details = new Dictionary<string, string> { ["k"] = "w" } }).ComputeHash());
        var parsed = AuditEntry.Parse(entry.ToJsonLine());
        Assert.Equal(entry.Hash, parsed.ComputeHash());
    }
}
