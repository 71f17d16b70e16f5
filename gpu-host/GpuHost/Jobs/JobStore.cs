using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GpuHost.Hosting;
using GpuHost.Security;
using Microsoft.Extensions.Options;

namespace GpuHost.Jobs;

/// <summary>
/// Job state in Blob Storage (container <c>Storage:JobsContainer</c>): <c>jobs/{id}.json</c> updated with ETag
/// conditions, <c>events/{id}.jsonl</c> append blobs, <c>idempotency/{sha256(key)}.json</c> created once, and
/// AES-GCM sealed checkpoints under <c>checkpoints/{id}/</c>. Surviving a restart needs nothing else.
/// </summary>
public sealed class JobStore(StorageClients storage, AdapterCipher cipher, IOptions<StorageOptions> options)
{
    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(options.Value.JobsContainer);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    /// <summary>Creates the job, or returns the one an earlier request with the same idempotency key created.</summary>
    public async Task<(FineTuneJob Job, bool Created)> CreateAsync(FineTuneJob job, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        if (idempotencyKey is not null)
        {
            var keyBlob = Container.GetBlobClient($"idempotency/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))}.json");
            try
            {
                // The key record is written first and only once; a crash before the job document is healed on retry below.
                await keyBlob.UploadAsync(BinaryData.FromObjectAsJson(new IdempotencyRecord(job.Id, job.RequestHash), JsonDefaults.Options),
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                var record = (await keyBlob.DownloadContentAsync(cancellationToken)).Value.Content.ToObjectFromJson<IdempotencyRecord>(JsonDefaults.Options)!;
                if (record.RequestHash != job.RequestHash)
                {
                    throw new IdempotencyConflictException();
                }

                if (await GetAsync(record.JobId, cancellationToken) is { } existing)
                {
                    return (existing.Job, false);
                }

                job = job with { Id = record.JobId };
            }
        }

        await JobBlob(job.Id).UploadAsync(BinaryData.FromObjectAsJson(job, JsonDefaults.Options),
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        await Container.GetAppendBlobClient($"events/{job.Id}.jsonl").CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return (job, true);
    }

    public async Task<(FineTuneJob Job, ETag ETag)?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
        {
            return null;
        }

        try
        {
            var content = await JobBlob(id).DownloadContentAsync(cancellationToken);
            return (content.Value.Content.ToObjectFromJson<FineTuneJob>(JsonDefaults.Options)!, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Read-modify-write with an ETag condition, retried on conflict. <paramref name="change"/> returning null means no change.</summary>
    public async Task<FineTuneJob?> UpdateAsync(string id, Func<FineTuneJob, FineTuneJob?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await GetAsync(id, cancellationToken) is not { } current)
            {
                return null;
            }

            if (change(current.Job) is not { } updated)
            {
                return current.Job;
            }

            try
            {
                await JobBlob(id).UploadAsync(BinaryData.FromObjectAsJson(updated, JsonDefaults.Options),
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = current.ETag } }, cancellationToken);
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 10)
            {
                // Someone (cancel request, worker) wrote in between: re-read and re-apply.
            }
        }
    }

    public async Task<IReadOnlyList<FineTuneJob>> ListAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<FineTuneJob>();
        if (!await Container.ExistsAsync(cancellationToken))
        {
            return jobs;
        }

        await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = "jobs/" }, cancellationToken))
        {
            if (await GetAsync(item.Name["jobs/".Length..^".json".Length], cancellationToken) is { } j)
            {
                jobs.Add(j.Job);
            }
        }

        return jobs;
    }

    public async Task AppendEventAsync(string id, FineTuneEvent e, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(e, JsonDefaults.Options).Append((byte)'\n').ToArray();
        var blob = Container.GetAppendBlobClient($"events/{id}.jsonl");
        await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        using var stream = new MemoryStream(line);
        await blob.AppendBlockAsync(stream, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<FineTuneEvent>> ReadEventsAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient($"events/{id}.jsonl").DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonSerializer.Deserialize<FineTuneEvent>(l, JsonDefaults.Options)!).ToList();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }

    /// <summary>Seals and uploads a local checkpoint folder (adapter + optimizer state are as sensitive as the adapter).</summary>
    public async Task UploadCheckpointAsync(string id, int step, string folder, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            var plaintext = await File.ReadAllBytesAsync(file, cancellationToken);
            var sha = AdapterCipher.Sha256Hex(plaintext);
            var blob = Container.GetBlobClient($"checkpoints/{id}/{step:D6}/{Path.GetFileName(file)}.aesgcm");
            await blob.UploadAsync(new BinaryData(await cipher.EncryptAsync(plaintext, sha, cancellationToken)),
                new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["sha256"] = sha } }, cancellationToken);
        }
    }

    /// <summary>Downloads, verifies and decrypts checkpoint <paramref name="step"/> into <paramref name="folder"/>.</summary>
    public async Task DownloadCheckpointAsync(string id, int step, string folder, CancellationToken cancellationToken)
    {
        PrivateTempFile.CreatePrivateDirectory(folder);
        var prefix = $"checkpoints/{id}/{step:D6}/";
        await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix, Traits = BlobTraits.Metadata }, cancellationToken))
        {
            var sealedBytes = (await Container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken)).Value.Content;
            var plaintext = await cipher.DecryptAndVerifyAsync(sealedBytes.ToMemory(), item.Metadata["sha256"], cancellationToken);
            using var file = await PrivateTempFile.WriteAsync(folder, plaintext, ".part", cancellationToken);
            File.Move(file.Path, Path.Combine(folder, item.Name[prefix.Length..^".aesgcm".Length]));
        }
    }

    /// <summary>Deletes the job's checkpoints, all of them or those older than <paramref name="keepStep"/>.</summary>
    public async Task DeleteCheckpointsAsync(string id, int? keepStep, CancellationToken cancellationToken)
    {
        await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"checkpoints/{id}/" }, cancellationToken))
        {
            if (keepStep is { } keep && item.Name.StartsWith($"checkpoints/{id}/{keep:D6}/", StringComparison.Ordinal))
            {
                continue;
            }

            await Container.GetBlobClient(item.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public static bool IsValidId(string id) => id.StartsWith("ftjob-", StringComparison.Ordinal) && id.Length <= 64 && id[6..].All(char.IsAsciiLetterOrDigit);

    private BlobClient JobBlob(string id) => Container.GetBlobClient($"jobs/{id}.json");

    private sealed record IdempotencyRecord(string JobId, string RequestHash);
}

/// <summary>The idempotency key was used before with a different request body.</summary>
public sealed class IdempotencyConflictException : Exception
{
    public IdempotencyConflictException() : base("The idempotency key was already used with a different request.") { }

    public IdempotencyConflictException(string message) : base(message) { }

    public IdempotencyConflictException(string message, Exception inner) : base(message, inner) { }
}
