using System.ComponentModel.DataAnnotations;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage;

/// <summary>Container names and audit segmenting. Validated at start so a typo fails the host, not a run.</summary>
public sealed class PipelineStorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "PipelineStorage";

    private const string ContainerNamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    /// <summary>Raw uploads (<c>incoming/</c>), <c>quarantine/</c>, per-run <c>work/</c> data and <c>reports/</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string DatasetsContainer { get; set; } = "datasets";

    /// <summary>
    /// The train/eval splits the GPU host reads (<c>{run}/train.jsonl</c>, <c>{run}/eval.jsonl</c>): masked data only, so
    /// the GPU host's identity is given this container and never the datasets container with the raw uploads.
    /// </summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string MaskedContainer { get; set; } = "masked";

    /// <summary>Versioned pipeline policies.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string PoliciesContainer { get; set; } = "policies";

    /// <summary>The model registry.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string ModelsContainer { get; set; } = "models";

    /// <summary>The audit chain.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string AuditContainer { get; set; } = "audit";

    /// <summary>Audit entries per append blob before the chain continues in the next (service limit 50,000 blocks).</summary>
    [Range(1, 49_000)]
    public int AuditEntriesPerSegment { get; set; } = 40_000;
}

/// <summary>
/// The pipeline's containers on one storage account. The host supplies the <see cref="BlobServiceClient"/>
/// (managed identity in Azure, Azurite locally); nothing here knows which.
/// </summary>
public sealed class PipelineStorage(BlobServiceClient service, IOptions<PipelineStorageOptions> options)
{
    private readonly PipelineStorageOptions _options = options.Value;

    /// <summary>Datasets container.</summary>
    public BlobContainerClient Datasets => service.GetBlobContainerClient(_options.DatasetsContainer);

    /// <summary>Masked splits container (the only data the GPU host may read).</summary>
    public BlobContainerClient Masked => service.GetBlobContainerClient(_options.MaskedContainer);

    /// <summary>Policies container.</summary>
    public BlobContainerClient Policies => service.GetBlobContainerClient(_options.PoliciesContainer);

    /// <summary>Models container.</summary>
    public BlobContainerClient Models => service.GetBlobContainerClient(_options.ModelsContainer);

    /// <summary>Audit container.</summary>
    public BlobContainerClient Audit => service.GetBlobContainerClient(_options.AuditContainer);

    /// <summary>Creates the containers when missing (local stack and tests; in Azure, Bicep creates them).</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { Datasets, Masked, Policies, Models, Audit })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    /// <summary>Per-run blob names in the datasets container; deterministic so a retried activity rewrites, not duplicates.</summary>
    public static class Paths
    {
        /// <summary>Intermediate data of a run, removed when the run ends.</summary>
        public static string Work(string runId) => $"work/{runId}/";

        /// <summary>A run's splits in the masked container, removed when the run ends.</summary>
        public static string Splits(string runId) => $"{runId}/";

        /// <summary>Reports of a run (counts and line numbers only), kept.</summary>
        public static string Report(string runId, string name) => $"reports/{runId}/{name}.json";

        /// <summary>Where an invalid upload is moved.</summary>
        public static string Quarantine(string runId, string datasetBlob) =>
            $"quarantine/{runId}/{(datasetBlob.StartsWith("incoming/", StringComparison.Ordinal) ? datasetBlob["incoming/".Length..] : datasetBlob)}";
    }
}
