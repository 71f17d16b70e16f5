using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Registry;
using Pipeline.Storage;

namespace Pipeline.Activities;

/// <summary>Creates the training job on the GPU host, keyed by run id so a retried create does not train twice.</summary>
public sealed class StartFineTuneActivity(PipelineStorage storage, IGpuHostClient gpuHost, ILogger<StartFineTuneActivity> logger) : TaskActivity<StartFineTuneInput, FineTuneJob>
{
    /// <inheritdoc />
    public override Task<FineTuneJob> RunAsync(TaskActivityContext context, StartFineTuneInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<FineTuneJob> ExecuteAsync(StartFineTuneInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Split blobs live in the masked container: the only one the GPU host's identity can read.
        var masked = storage.Masked;
        var job = await gpuHost.CreateFineTuneAsync(new FineTuneRequest(
            input.BaseModel,
            masked.GetBlobClient(input.TrainBlob).Uri.ToString(),
            masked.GetBlobClient(input.EvalBlob).Uri.ToString(),
            input.Hyperparameters,
            IdempotencyKey: input.RunId), cancellationToken);
        ActivityLog.TrainingJob(logger, input.RunId, job.Id, job.Status);
        // The curve can be long: the orchestration history only needs the state, the registry fetches the curve later.
        return job with { Metrics = [] };
    }
}

/// <summary>Reads a training job's state (one poll of the monitor loop).</summary>
public sealed class GetFineTuneActivity(IGpuHostClient gpuHost) : TaskActivity<string, FineTuneJob>
{
    /// <inheritdoc />
    public override Task<FineTuneJob> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<FineTuneJob> ExecuteAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = await gpuHost.GetFineTuneAsync(jobId, cancellationToken);
        // Only the newest training point travels into the history (for the progress status).
        return job with { Metrics = job.Metrics.LastOrDefault(p => p.TrainLoss.HasValue) is { } last ? [last] : [] };
    }
}

/// <summary>
/// Records a run's spend of its dataset's differential-privacy budget and returns what earlier runs spent: under
/// basic composition the ε of every run ever trained on the same records adds up — rejected and retired ones included,
/// since what they revealed stays revealed — and one trained without DP-SGD leaves no finite budget. Versions in the
/// registry from before the ledger existed are counted too.
/// </summary>
public sealed class PrivacySpendActivity(PipelineStorage storage, ModelRegistry registry) : TaskActivity<PrivacySpendInput, PrivacySpend>
{
    /// <inheritdoc />
    public override Task<PrivacySpend> RunAsync(TaskActivityContext context, PrivacySpendInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<PrivacySpend> ExecuteAsync(PrivacySpendInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var earlier = await new PrivacyLedger(storage.Datasets).RecordAsync(input.RawDatasetSha256, input.RunId, input.Epsilon, cancellationToken);
        var runs = earlier.Select(e => (e.RunId, e.Epsilon)).ToList();
        foreach (var (manifest, _) in await registry.FindByDatasetAsync(input.RawDatasetSha256, cancellationToken))
        {
            if (manifest.RunId != input.RunId && !runs.Exists(r => r.RunId == manifest.RunId))
            {
                runs.Add((manifest.RunId, manifest.Metrics.TryGetValue(PrivacyMetrics.Epsilon, out var spent) ? spent : null));
            }
        }

        return new PrivacySpend(runs.Count, runs.Sum(r => r.Epsilon ?? 0), runs.Count(r => r.Epsilon is null));
    }
}

/// <summary>Asks the GPU host for quality and privacy metrics and keeps the full evaluation report.</summary>
public sealed class EvaluateModelActivity(PipelineStorage storage, IGpuHostClient gpuHost, Pipeline.Secrets.ISecretStore secrets, ILogger<EvaluateModelActivity> logger) : TaskActivity<EvaluateModelInput, EvaluateModelOutput>
{
    /// <inheritdoc />
    public override Task<EvaluateModelOutput> RunAsync(TaskActivityContext context, EvaluateModelInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<EvaluateModelOutput> ExecuteAsync(EvaluateModelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reportBlob = PipelineStorage.Paths.Report(input.RunId, "evaluation");
        if (await BlobReports.TryReadOutputAsync<EvaluateModelOutput>(storage.Datasets, reportBlob, cancellationToken) is { } done)
        {
            return done;
        }

        var probes = input.Probes ?? Pipeline.Policy.ProbePolicy.None;
        var canaries = await Canaries.ForRunAsync(secrets, input.RunId, probes.Canaries, cancellationToken);
        var result = await gpuHost.EvaluateAsync(new EvaluationRequest(
            input.BaseModel, input.FineTunedModel, storage.Masked.GetBlobClient(input.EvalBlob).Uri.ToString(), input.Seed,
            new EvaluationProbes(canaries, probes.CanaryCandidates, probes.BiasTemplates, probes.BiasGroups)), cancellationToken);
        var metrics = new Dictionary<string, double>(result.Metrics, StringComparer.Ordinal);
        // Derived for policy gates: how much the adapter changed eval loss against its base (negative = better).
        if (metrics.TryGetValue("eval_loss", out var tuned) && metrics.TryGetValue("base_eval_loss", out var baseline))
        {
            metrics["eval_loss_delta"] = tuned - baseline;
        }

        // Likewise for the bias probe: how much the adapter widened (positive) the likelihood gap between groups. An absolute
        // gap depends on the base model and the templates; its change is what the fine-tune is responsible for.
        if (metrics.TryGetValue("bias_gap", out var gap) && metrics.TryGetValue("base_bias_gap", out var baseGap))
        {
            metrics["bias_gap_delta"] = gap - baseGap;
        }

        var output = new EvaluateModelOutput(metrics, reportBlob);
        await BlobReports.WriteAsync(storage.Datasets, reportBlob, output, new { evaluationId = result.Id, input.BaseModel, input.FineTunedModel, result.Metrics }, cancellationToken);
        ActivityLog.Evaluated(logger, input.RunId, result.Metrics.Count);
        return output;
    }
}

/// <summary>Registers the approved adapter (downloaded from the GPU host) and moves the <c>production</c> alias.</summary>
public sealed class PromoteModelActivity(PipelineStorage storage, ModelRegistry registry, IGpuHostClient gpuHost, ILogger<PromoteModelActivity> logger) : TaskActivity<PromoteModelInput, PromotionResult>
{
    /// <inheritdoc />
    public override Task<PromotionResult> RunAsync(TaskActivityContext context, PromoteModelInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step; idempotent per run id (see <see cref="ModelRegistry.PromoteAsync"/>).</summary>
    public async Task<PromotionResult> ExecuteAsync(PromoteModelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var publication = input.Publication;
        var evaluation = (await storage.Datasets.GetBlobClient(input.EvaluationReportBlob).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        var job = await gpuHost.GetFineTuneAsync(publication.TrainingJobId, cancellationToken);
        var result = await registry.PromoteAsync(
            publication with { LossCurve = job.Metrics, EvaluationReportJson = evaluation },
            (stream, ct) => gpuHost.DownloadAdapterAsync(publication.TrainingJobId, stream, ct),
            input.Actor,
            cancellationToken);
        ActivityLog.Promoted(logger, publication.RunId, publication.ModelName, result.Version, result.AlreadyPromoted);
        return result;
    }
}

/// <summary>Appends one entry to the audit chain; the event id makes a retried append a no-op.</summary>
public sealed class RecordAuditActivity(AuditLog audit) : TaskActivity<AuditEvent, long>
{
    /// <inheritdoc />
    public override Task<long> RunAsync(TaskActivityContext context, AuditEvent input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Appends and returns the entry's sequence number.</summary>
    public async Task<long> ExecuteAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        (await audit.AppendAsync(auditEvent, cancellationToken)).Sequence;
}

/// <summary>Removes a run's intermediate data (masked copy in datasets/work/, splits in masked/); reports and quarantined uploads stay.</summary>
public sealed class CleanupRunActivity(PipelineStorage storage, ILogger<CleanupRunActivity> logger) : TaskActivity<CleanupRunInput, int>
{
    /// <inheritdoc />
    public override Task<int> RunAsync(TaskActivityContext context, CleanupRunInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step; safe to repeat.</summary>
    public async Task<int> ExecuteAsync(CleanupRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var deleted = 0;
        foreach (var (container, prefix) in new[] { (storage.Datasets, PipelineStorage.Paths.Work(input.RunId)), (storage.Masked, PipelineStorage.Paths.Splits(input.RunId)) })
        {
            await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
            {
                if ((await container.GetBlobClient(item.Name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value)
                {
                    deleted++;
                }
            }
        }

        ActivityLog.CleanedUp(logger, input.RunId, deleted);
        return deleted;
    }
}
