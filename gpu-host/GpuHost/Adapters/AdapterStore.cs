using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GpuHost.Hosting;
using GpuHost.Security;
using Microsoft.Extensions.Options;

namespace GpuHost.Adapters;

/// <summary>What is known about a published adapter without decrypting it. Stored as <c>{name}/manifest.json</c>.</summary>
public sealed record AdapterManifest(
    string Name,
    string BaseModel,
    string Sha256,
    long SizeBytes,
    string Encryption,
    string KeyName,
    DateTimeOffset CreatedAt,
    string? JobId);

/// <summary>
/// Adapters in the adapters container: <c>{name}/manifest.json</c> (plaintext SHA-256) and <c>{name}/adapter.gguf.aesgcm</c>
/// (the GGUF sealed with its own AES-256-GCM data key, wrapped by the key-encryption key). Reading verifies the seal and the hash before any byte reaches llama.cpp or TorchSharp.
/// </summary>
public sealed partial class AdapterStore(StorageClients storage, AdapterCipher cipher, IOptions<StorageOptions> options)
{
    public const string ManifestBlob = "manifest.json", SealedBlob = "adapter.gguf.aesgcm";

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(options.Value.AdaptersContainer);

    /// <summary>Adapter names: lower-case letters, digits, '.', '_' and '-' (they become blob folders and model ids).</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public async Task<AdapterManifest> PublishAsync(string name, string adapterPath, string baseModel, string? jobId, CancellationToken cancellationToken)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid adapter name.", nameof(name));
        }

        var plaintext = await File.ReadAllBytesAsync(adapterPath, cancellationToken);
        var sha = AdapterCipher.Sha256Hex(plaintext);
        var sealedBytes = await cipher.EncryptAsync(plaintext, sha, cancellationToken);
        var manifest = new AdapterManifest(name, baseModel, sha, plaintext.Length, "AES-256-GCM", cipher.KeyName,
            DateTimeOffset.UtcNow, jobId);
        await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        // Sealed bytes first, manifest last: a reader never sees a manifest without its adapter.
        await Container.GetBlobClient($"{name}/{SealedBlob}").UploadAsync(new BinaryData(sealedBytes), overwrite: true, cancellationToken);
        await Container.GetBlobClient($"{name}/{ManifestBlob}").UploadAsync(
            BinaryData.FromObjectAsJson(manifest, JsonDefaults.Options), overwrite: true, cancellationToken);
        return manifest;
    }

    public async Task<AdapterManifest?> GetManifestAsync(string name, CancellationToken cancellationToken)
    {
        if (!IsValidName(name))
        {
            return null;
        }

        try
        {
            var content = await Container.GetBlobClient($"{name}/{ManifestBlob}").DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<AdapterManifest>(JsonDefaults.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Downloads, decrypts in memory and verifies; throws <see cref="AdapterIntegrityException"/> on any mismatch.</summary>
    public async Task<(AdapterManifest Manifest, byte[] Plaintext)> ReadVerifiedAsync(string name, CancellationToken cancellationToken)
    {
        var manifest = await GetManifestAsync(name, cancellationToken) ?? throw new AdapterNotFoundException(name);
        if (manifest.Name != name || manifest.Sha256.Length != 64)
        {
            throw new AdapterIntegrityException($"The manifest of adapter '{name}' is inconsistent.");
        }

        BinaryData sealedBytes;
        try
        {
            sealedBytes = (await Container.GetBlobClient($"{name}/{SealedBlob}").DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new AdapterIntegrityException($"Adapter '{name}' has a manifest but no sealed file.", ex);
        }

        var plaintext = await cipher.DecryptAndVerifyAsync(sealedBytes.ToMemory(), manifest.Sha256, cancellationToken);
        return (manifest, plaintext);
    }

    /// <summary>The sealed bytes as stored (for the registry to copy); null when the adapter does not exist.</summary>
    public async Task<(AdapterManifest Manifest, Stream Content)?> OpenSealedAsync(string name, CancellationToken cancellationToken)
    {
        if (await GetManifestAsync(name, cancellationToken) is not { } manifest)
        {
            return null;
        }

        var stream = await Container.GetBlobClient($"{name}/{SealedBlob}").OpenReadAsync(cancellationToken: cancellationToken);
        return (manifest, stream);
    }

    /// <summary>
    /// Deletes the adapter from storage (a fine-tuned model deleted, e.g. because its training data must be erased).
    /// The manifest goes first — the reverse of <see cref="PublishAsync"/> — so from that moment every reader gets
    /// "not found" and none finds a manifest without its sealed file; then the sealed file. Once the manifest is gone the
    /// rest is not cancelled with the caller. True when either blob existed: a retry after a deletion that failed half-way
    /// (manifest gone, sealed file left) still removes the sealed bytes.
    /// </summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (!IsValidName(name))
        {
            return false;
        }

        // Snapshots too: a blob that has snapshots cannot be deleted without them, and they hold the same bytes.
        var manifest = await Container.GetBlobClient($"{name}/{ManifestBlob}")
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        var sealedFile = await Container.GetBlobClient($"{name}/{SealedBlob}")
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: CancellationToken.None);
        return manifest.Value || sealedFile.Value;
    }

    public async Task<IReadOnlyList<AdapterManifest>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<AdapterManifest>();
        if (!await Container.ExistsAsync(cancellationToken))
        {
            return result;
        }

        await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken))
        {
            if (item.Name.EndsWith("/" + ManifestBlob, StringComparison.Ordinal) && await GetManifestAsync(item.Name[..^(ManifestBlob.Length + 1)], cancellationToken) is { } m)
            {
                result.Add(m);
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,95}$")]
    private static partial Regex NamePattern();
}

/// <summary>No adapter of that name is published.</summary>
public sealed class AdapterNotFoundException : Exception
{
    public AdapterNotFoundException() { }

    public AdapterNotFoundException(string name) : base($"Adapter '{name}' does not exist.") { }

    public AdapterNotFoundException(string message, Exception inner) : base(message, inner) { }
}
