using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Registry;
using Pipeline.Storage;

namespace Pipeline.Activities;

/// <summary>
/// Writes the evidence approvers sign off (<see cref="ApprovalEvidence"/>) once per run. The blob is written only
/// if absent, so a retry returns the first version and its hash: what approvers saw cannot change under them.
/// </summary>
public sealed class RecordEvidenceActivity(
    PipelineStorage storage, ModelRegistry registry, IGpuHostClient gpuHost, TimeProvider time, ILogger<RecordEvidenceActivity> logger)
    : TaskActivity<RecordEvidenceInput, EvidenceReference>
{
    /// <summary>Most loss-curve points kept; longer curves are thinned evenly (first and last kept).</summary>
    public const int MaxCurvePoints = 200;

    /// <summary>Blob name of a run's evidence in the datasets container.</summary>
    public static string BlobName(string runId) => PipelineStorage.Paths.Report(runId, "approval-evidence");

    /// <inheritdoc />
    public override Task<EvidenceReference> RunAsync(TaskActivityContext context, RecordEvidenceInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<EvidenceReference> ExecuteAsync(RecordEvidenceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var draft = input.Draft;
        var blob = storage.Datasets.GetBlobClient(BlobName(draft.RunId));
        if (await TryReadHashAsync(blob, cancellationToken) is { } existing)
        {
            return new EvidenceReference(blob.Name, existing);
        }

        var job = await gpuHost.GetFineTuneAsync(draft.Training.JobId, cancellationToken);
        var evidence = draft with
        {
            Training = draft.Training with { LossCurve = Thin(job.Metrics, MaxCurvePoints) },
            CurrentProduction = await CurrentProductionAsync(draft.ModelName, cancellationToken),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(evidence, BlobReports.Json);
        try
        {
            await blob.UploadAsync(new BinaryData(bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // A concurrent attempt won: its bytes are the evidence.
            return new EvidenceReference(blob.Name, (await TryReadHashAsync(blob, cancellationToken))!);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        ActivityLog.EvidenceRecorded(logger, draft.RunId, evidence.Training.LossCurve.Count);
        return new EvidenceReference(blob.Name, sha);
    }

    /// <summary>Reads an evidence blob and checks it against the hash recorded for the run; null when absent.</summary>
    public static async Task<(ApprovalEvidence Evidence, string Sha256)?> ReadAsync(PipelineStorage storage, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            var content = (await storage.Datasets.GetBlobClient(BlobName(runId)).DownloadContentAsync(cancellationToken)).Value.Content;
            var evidence = content.ToObjectFromJson<ApprovalEvidence>(BlobReports.Json)!;
            return (evidence, Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span)));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task<ProductionVersion?> CurrentProductionAsync(string modelName, CancellationToken cancellationToken)
    {
        if (await registry.GetAliasAsync(modelName, ModelRegistry.ProductionAlias, cancellationToken) is not { } alias)
        {
            return null;
        }

        var manifest = await registry.GetManifestAsync(modelName, alias.Version, cancellationToken);
        return new ProductionVersion(modelName, alias.Version, manifest?.RunId, manifest?.AdapterSha256, manifest?.Metrics);
    }

    private static async Task<string?> TryReadHashAsync(Azure.Storage.Blobs.BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
            return Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Keeps at most <paramref name="max"/> points, evenly spread, always the first and the last.</summary>
    internal static IReadOnlyList<TrainingMetricPoint> Thin(IReadOnlyList<TrainingMetricPoint> points, int max)
    {
        if (points.Count <= max)
        {
            return points;
        }

        var kept = new List<TrainingMetricPoint>(max);
        for (var i = 0; i < max; i++)
        {
            kept.Add(points[(int)Math.Round(i * (points.Count - 1) / (double)(max - 1))]);
        }

        return kept;
    }
}
