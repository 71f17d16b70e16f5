namespace Pipeline.GpuHost;

/// <summary>
/// The private GPU host's jobs API (shaped like OpenAI's fine-tuning API). The pipeline talks to it only through
/// this interface: the HTTP implementation is <see cref="GpuHostClient"/>; orchestration tests substitute an
/// in-process fake because the real host needs a model and minutes of training.
/// </summary>
public interface IGpuHostClient
{
    /// <summary>POST /v1/fine-tunes. <paramref name="request"/>'s idempotency key lets the host return the job a retried call already created.</summary>
    Task<FineTuneJob> CreateFineTuneAsync(FineTuneRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /v1/fine-tunes/{id}.</summary>
    Task<FineTuneJob> GetFineTuneAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>POST /v1/evaluations: quality and privacy-probe metrics of an adapter against its base model.</summary>
    Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /v1/fine-tunes/{id}/adapter: streams the trained adapter (GGUF LoRA) into <paramref name="destination"/>.</summary>
    Task DownloadAdapterAsync(string jobId, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>DELETE /v1/models/{model}: the host stops serving a fine-tuned model and deletes it; false when it had none by that name.</summary>
    Task<bool> DeleteModelAsync(string model, CancellationToken cancellationToken = default);
}

/// <summary>
/// Training settings sent with a job; <see cref="Seed"/> makes a rerun reproducible. <see cref="DpNoiseMultiplier"/>, or
/// <see cref="DpTargetEpsilon"/> for which the host calibrates it, switches on DP-SGD (per-record clipping to
/// <see cref="DpClipNorm"/>, Gaussian noise, Poisson sampling); the host then reports the (ε, δ) guarantee, which gates
/// can bound as the <c>dp_epsilon</c> metric.
/// </summary>
public sealed record FineTuneHyperparameters(int NEpochs = 3, int BatchSize = 8, double LearningRate = 2e-4, int LoraRank = 8, double LoraAlpha = 16, int Seed = 42,
    double? DpNoiseMultiplier = null, double? DpClipNorm = null, double? DpDelta = null, double? DpTargetEpsilon = null);

/// <summary>A job to create. Files are blob URIs of the masked, split dataset (the host's identity may read only masked data).</summary>
public sealed record FineTuneRequest(string BaseModel, string TrainingFile, string? ValidationFile, FineTuneHyperparameters Hyperparameters, string IdempotencyKey);

/// <summary>One training-curve point reported by the host; a validation-only step has no training loss.</summary>
public sealed record TrainingMetricPoint(int Step, double? TrainLoss, double? ValidLoss);

/// <summary>The metric names a DP-SGD run's guarantee is gated and reported under.</summary>
public static class PrivacyMetrics
{
    public const string Epsilon = "dp_epsilon";
    public const string Delta = "dp_delta";

    /// <summary>This run's ε plus that of every version already trained on the same dataset (absent when one had no DP).</summary>
    public const string DatasetTotal = "dp_epsilon_dataset_total";
}

/// <summary>The (ε, δ) differential-privacy guarantee per training record that a DP-SGD job reports.</summary>
public sealed record TrainingPrivacy(double Epsilon, double Delta, double NoiseMultiplier, double ClipNorm, double SampleRate, int Steps);

/// <summary>A job as the host reports it; <see cref="Privacy"/> only for DP-SGD jobs.</summary>
public sealed record FineTuneJob(string Id, string Status, string? FineTunedModel, string? Error, IReadOnlyList<TrainingMetricPoint> Metrics, TrainingPrivacy? Privacy = null)
{
    /// <summary>True once the job can no longer change.</summary>
    public bool IsTerminal => Status is FineTuneStatus.Succeeded or FineTuneStatus.Failed or FineTuneStatus.Cancelled;
}

/// <summary>The job states of the API.</summary>
public static class FineTuneStatus
{
    public const string ValidatingFiles = "validating_files";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>What to evaluate: the adapter (<see cref="Model"/>) against <see cref="BaseModel"/> on the held-out file.</summary>
public sealed record EvaluationRequest(string BaseModel, string Model, string ValidationFile, int Seed, EvaluationProbes? Probes = null);

/// <summary>Probes sent with an evaluation: canaries planted in the training data and paired bias prompts.</summary>
public sealed record EvaluationProbes(IReadOnlyList<CanaryProbe> Canaries, int CanaryCandidates, IReadOnlyList<string> BiasTemplates, IReadOnlyList<string> BiasGroups);

/// <summary>A planted secret: the text before it and the secret itself (sent to the GPU host only, never recorded).</summary>
public sealed record CanaryProbe(string Prefix, string Secret);

/// <summary>Metrics by name (e.g. <c>eval_loss</c>, <c>base_eval_loss</c>, <c>perplexity</c>, <c>pii_regurgitation_rate</c>, <c>canary_exposure</c>).</summary>
public sealed record EvaluationResult(string Id, IReadOnlyDictionary<string, double> Metrics);

/// <summary>The host refused a request (4xx other than 408/429): retrying the same request cannot help.</summary>
public sealed class GpuHostRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GpuHostRequestException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GpuHostRequestException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GpuHostRequestException()
    {
    }
}
