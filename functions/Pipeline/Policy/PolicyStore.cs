using Azure;
using Azure.Storage.Blobs;

namespace Pipeline.Policy;

/// <summary>A policy as loaded, with where it came from so a run can record exactly which document it used.</summary>
public sealed record LoadedPolicy(string BlobName, string ETag, string Sha256, PipelinePolicy Policy);

/// <summary>Loads pipeline policies from the <c>policies</c> container (<c>{name}.json</c>).</summary>
public sealed class PolicyStore(BlobContainerClient container)
{
    /// <summary>Loads and validates <c>{name}.json</c>; a missing blob or a bad document is a <see cref="FormatException"/> naming it.</summary>
    public async Task<LoadedPolicy> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var blobName = name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json";
        try
        {
            var download = (await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken)).Value;
            var bytes = download.Content.ToMemory();
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Span));
            PipelinePolicy policy;
            try
            {
                policy = PipelinePolicy.Parse(System.Text.Encoding.UTF8.GetString(bytes.Span));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"policy {container.Name}/{blobName}: {ex.Message}", ex);
            }

            return new LoadedPolicy(blobName, download.Details.ETag.ToString(), hash, policy);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new FormatException($"policy {container.Name}/{blobName} does not exist", ex);
        }
    }
}
