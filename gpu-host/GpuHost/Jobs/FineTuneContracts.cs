namespace GpuHost.Jobs;

/// <summary>States of a job, spelled as in OpenAI's fine-tuning API.</summary>
public static class JobStatus
{
    public const string ValidatingFiles = "validating_files", Queued = "queued", Running = "running",
        Succeeded = "succeeded", Failed = "failed", Cancelled = "cancelled";

    public static bool IsTerminal(string status) => status is Succeeded or Failed or Cancelled;
}

/// <summary><c>POST /v1/fine-tunes</c> body. Files are blob references: <c>container/path</c> or a blob URL of the host's account.</summary>
public sealed record FineTuneRequest(string? BaseModel, string? TrainingFile, string? ValidationFile, Hyperparameters? Hyperparameters, string? Suffix);

/// <summary>
/// Training knobs; null values take the defaults (shown resolved on the job). Setting <c>dp_noise_multiplier</c> (σ) or
/// <c>dp_target_epsilon</c> (σ is then calibrated for the run) trains with DP-SGD: Poisson sampling of <c>batch_size</c>
/// records per step on average, each record's gradient clipped to <c>dp_clip_norm</c> (default 1), Gaussian noise of
/// σ × clip norm; the job reports the (ε, δ) guarantee. <c>dp_delta</c> defaults to a tenth of one over the number of
/// training records.
/// </summary>
public sealed record Hyperparameters(
    int? NEpochs = null,
    int? BatchSize = null,
    float? LearningRate = null,
    int? LoraRank = null,
    float? LoraAlpha = null,
    IReadOnlyList<string>? TargetModules = null,
    int? Seed = null,
    double? DpNoiseMultiplier = null,
    double? DpClipNorm = null,
    double? DpDelta = null,
    double? DpTargetEpsilon = null)
{
    /// <summary>True when the job trains with DP-SGD.</summary>
    public bool IsPrivate => DpNoiseMultiplier is not null || DpTargetEpsilon is not null;
}

/// <summary>The differential-privacy guarantee of a DP-SGD job: (ε, δ)-DP per training record, and what it was computed from.</summary>
public sealed record PrivacyReport(double Epsilon, double Delta, double NoiseMultiplier, double ClipNorm, double SampleRate, int Steps, string Accountant)
{
    public static PrivacyReport From(Training.Privacy.PrivacyGuarantee g) =>
        new(g.Epsilon, g.Delta, g.NoiseMultiplier, g.ClipNorm, g.SampleRate, g.Steps, "rdp-poisson-gaussian");
}

/// <summary>Why a job failed, without any dataset content.</summary>
public sealed record JobError(string Code, string Message);

/// <summary>The persisted job document (blob <c>jobs/{id}.json</c>), including bookkeeping clients never see.</summary>
public sealed record FineTuneJob
{
    public required string Id { get; init; }

    public required long CreatedAt { get; init; }

    /// <summary>Submission time at full precision: the queue's order (created_at has whole seconds, as in OpenAI's API).</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    public long? StartedAt { get; init; }

    public long? FinishedAt { get; init; }

    public required string Model { get; init; }

    public string? FineTunedModel { get; init; }

    public required string Status { get; init; }

    public required string TrainingFile { get; init; }

    public string? ValidationFile { get; init; }

    public required Hyperparameters Hyperparameters { get; init; }

    public string? Suffix { get; init; }

    public JobError? Error { get; init; }

    public int? TrainedSteps { get; init; }

    public int? TotalSteps { get; init; }

    public long? TrainedTokens { get; init; }

    /// <summary>The (ε, δ) guarantee of a DP-SGD job, accounted for all its steps when training starts.</summary>
    public PrivacyReport? Privacy { get; init; }

    /// <summary>Step of the last uploaded checkpoint (0: none); a restarted host resumes there.</summary>
    public int CheckpointStep { get; init; }

    public bool CancelRequested { get; init; }

    public string? TrainingFileSha256 { get; init; }

    public string? ValidationFileSha256 { get; init; }

    /// <summary>SHA-256 of the canonical request, so an idempotency key reused with another body is refused.</summary>
    public required string RequestHash { get; init; }

    public FineTuneJobView ToView() => new(Id, "fine_tuning.job", CreatedAt, StartedAt, FinishedAt, Model, FineTunedModel, Status, TrainingFile,
        ValidationFile, Hyperparameters, Suffix, Error, TrainedSteps, TotalSteps, TrainedTokens, CheckpointStep, Privacy: Privacy);
}

/// <summary>What clients see of a job.</summary>
public sealed record FineTuneJobView(
    string Id,
    string Object,
    long CreatedAt,
    long? StartedAt,
    long? FinishedAt,
    string Model,
    string? FineTunedModel,
    string Status,
    string TrainingFile,
    string? ValidationFile,
    Hyperparameters Hyperparameters,
    string? Suffix,
    JobError? Error,
    int? TrainedSteps,
    int? TotalSteps,
    long? TrainedTokens,
    int CheckpointStep,
    IReadOnlyList<MetricPoint>? Metrics = null,
    PrivacyReport? Privacy = null);

/// <summary>One point of a job's training curve.</summary>
public sealed record MetricPoint(int Step, double? TrainLoss, double? ValidLoss);

/// <summary>One line of <c>GET /v1/fine-tunes/{id}/events</c>; <c>type</c> "metrics" events carry per-step numbers in <c>data</c>.</summary>
public sealed record FineTuneEvent(string Id, string Object, long CreatedAt, string Level, string Message, string Type, StepData? Data = null);

/// <summary>Per-step (or validation) numbers.</summary>
public sealed record StepData(
    int Step,
    int TotalSteps,
    double? TrainLoss = null,
    double? TrainMeanTokenAccuracy = null,
    double? LearningRate = null,
    double? TokensPerSecond = null,
    double? ValidLoss = null,
    double? ValidMeanTokenAccuracy = null);

/// <summary>A page of a list endpoint.</summary>
public sealed record ListPage<T>(string Object, IReadOnlyList<T> Data, bool HasMore);
