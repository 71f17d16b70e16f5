using System.Security.Cryptography;
using Azure;
using Microsoft.Extensions.Configuration;

namespace GpuHost.Hosting;

/// <summary>
/// In Azure the base model GGUF lives in the storage account's models container (container images stay small and
/// weights never sit in a registry). At start-up, before anything validates <c>GpuHost:BaseModelPath</c>, the host
/// downloads <c>GpuHost:BaseModelBlob</c> there with its own identity when the file is not present yet, checks
/// <c>GpuHost:BaseModelSha256</c> when given, and only then moves the file into place (a crash leaves no partial model).
/// </summary>
public static class BaseModelDownload
{
    public static async Task EnsureAsync(IConfiguration configuration, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(progress);
        var host = configuration.GetSection(GpuHostOptions.Section).Get<GpuHostOptions>() ?? new GpuHostOptions();
        if (string.IsNullOrWhiteSpace(host.BaseModelBlob) || string.IsNullOrWhiteSpace(host.BaseModelPath) || File.Exists(host.BaseModelPath))
        {
            return;
        }

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var blob = new StorageClients(Microsoft.Extensions.Options.Options.Create(storage)).Blobs
            .GetBlobContainerClient(storage.ModelsContainer).GetBlobClient(host.BaseModelBlob);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(host.BaseModelPath))!);
        var partial = host.BaseModelPath + ".download";
        progress($"Downloading the base model {storage.ModelsContainer}/{host.BaseModelBlob}…");
        try
        {
            await blob.DownloadToAsync(partial, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            File.Delete(partial);
            throw new InvalidOperationException($"The base model {storage.ModelsContainer}/{host.BaseModelBlob} could not be downloaded: {ex.Status} {ex.ErrorCode}", ex);
        }

        if (host.BaseModelSha256 is { Length: > 0 } expected)
        {
            await using var file = File.OpenRead(partial);
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                File.Delete(partial);
                throw new InvalidOperationException($"The downloaded base model's SHA-256 is {actual}, not the configured {expected}; refusing to serve it.");
            }
        }

        File.Move(partial, host.BaseModelPath, overwrite: true);
        progress($"Base model ready at {host.BaseModelPath}.");
    }
}
