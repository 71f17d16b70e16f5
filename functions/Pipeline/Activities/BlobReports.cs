using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Pipeline.Activities;

/// <summary>
/// Report blobs hold the activity's output next to the human-readable report, so a retried activity returns the
/// stored outcome instead of redoing (and possibly no longer being able to redo) its work.
/// </summary>
internal static class BlobReports
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync<TOutput>(BlobContainerClient container, string blobName, TOutput output, object report, CancellationToken cancellationToken)
    {
        var document = new Dictionary<string, object?> { ["output"] = output, ["report"] = report };
        await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromObjectAsJson(document, Json), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        }, cancellationToken);
    }

    public static async Task<TOutput?> TryReadOutputAsync<TOutput>(BlobContainerClient container, string blobName, CancellationToken cancellationToken)
        where TOutput : class
    {
        try
        {
            var content = (await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken)).Value.Content;
            using var document = JsonDocument.Parse(content.ToMemory());
            return document.RootElement.GetProperty("output").Deserialize<TOutput>(Json);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Deletes a blob only if it is still the version we saw; a newer upload under the same name is left alone.</summary>
    public static async Task DeleteIfUnchangedAsync(BlobClient blob, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = new ETag(etag) }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Replaced since: that upload belongs to another run.
        }
    }

    /// <summary>Opens a blob for streaming reads, failing if it changed since <paramref name="etag"/>.</summary>
    public static Task<Stream> OpenPinnedAsync(BlobClient blob, string? etag, CancellationToken cancellationToken) =>
        blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false)
        {
            BufferSize = 1024 * 1024,
            Conditions = etag is null ? null : new BlobRequestConditions { IfMatch = new ETag(etag) },
        }, cancellationToken);

    /// <summary>Opens a block blob for streaming writes; content becomes visible only when the stream is disposed.</summary>
    public static Task<Stream> OpenWriteAsync(BlobContainerClient container, string blobName, CancellationToken cancellationToken) =>
        container.GetBlockBlobClient(blobName).OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions
        {
            BufferSize = 4 * 1024 * 1024,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/jsonl" },
        }, cancellationToken);
}
