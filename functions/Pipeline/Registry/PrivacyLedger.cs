using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Registry;

/// <summary>
/// What each run spent of a dataset's differential-privacy budget: one JSON document per dataset (raw SHA-256) at
/// <c>privacy/{sha256}.json</c> in the datasets container. Every run that trained on the dataset records itself once —
/// with its ε, or with none when it trained without DP-SGD — whether it was promoted or not: its evaluation was shown
/// to approvers either way. Writes are ETag-conditional, so runs recording at the same time do not lose entries.
/// </summary>
public sealed class PrivacyLedger(BlobContainerClient container, TimeProvider? time = null)
{
    private const int MaxAttempts = 16;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>One run's spend: its ε, or null when it trained without differential privacy.</summary>
    public sealed record Entry(string RunId, double? Epsilon, DateTimeOffset RecordedAt);

    private sealed record LedgerDocument(string DatasetSha256, List<Entry> Entries);

    /// <summary>The ledger blob of a dataset.</summary>
    public static string BlobName(string datasetSha256) => $"privacy/{datasetSha256}.json";

    /// <summary>
    /// Records <paramref name="runId"/>'s spend (a retried call finds it and writes nothing) and returns the entries
    /// recorded before it.
    /// </summary>
    public async Task<IReadOnlyList<Entry>> RecordAsync(string datasetSha256, string runId, double? epsilon, CancellationToken cancellationToken = default)
    {
        ValidateSha(datasetSha256);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var blob = container.GetBlobClient(BlobName(datasetSha256));
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = await ReadAsync(blob, datasetSha256, cancellationToken);
            var existing = document.Entries.FindIndex(e => e.RunId == runId);
            if (existing >= 0)
            {
                return document.Entries.Take(existing).ToList();
            }

            var earlier = document.Entries.ToList();
            document.Entries.Add(new Entry(runId, epsilon, _time.GetUtcNow()));
            var conditions = etag is { } e ? new BlobRequestConditions { IfMatch = e } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                await blob.UploadAsync(BinaryData.FromObjectAsJson(document, Json), new BlobUploadOptions { Conditions = conditions }, cancellationToken);
                return earlier;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another run recorded first: read again and add this run after it.
                await Task.Delay(Random.Shared.Next(1, 20), cancellationToken);
            }
        }
    }

    /// <summary>Every run recorded for the dataset, in the order they recorded themselves (empty when none).</summary>
    public async Task<IReadOnlyList<Entry>> ReadAsync(string datasetSha256, CancellationToken cancellationToken = default)
    {
        ValidateSha(datasetSha256);
        return (await ReadAsync(container.GetBlobClient(BlobName(datasetSha256)), datasetSha256, cancellationToken)).Document.Entries;
    }

    private static void ValidateSha(string datasetSha256)
    {
        if (datasetSha256 is not { Length: 64 } || !datasetSha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("the dataset SHA-256 must be 64 lower-case hex digits", nameof(datasetSha256));
        }
    }

    private static async Task<(LedgerDocument Document, ETag? ETag)> ReadAsync(BlobClient blob, string datasetSha256, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            var document = content.Value.Content.ToObjectFromJson<LedgerDocument>(Json)
                ?? throw new InvalidDataException($"privacy ledger {blob.Name} is empty");
            return (document, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (new LedgerDocument(datasetSha256, []), null);
        }
    }
}
