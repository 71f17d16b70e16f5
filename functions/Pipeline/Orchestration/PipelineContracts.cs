using System.Text.Json.Serialization;
using Pipeline.GpuHost;
using Pipeline.Policy;

namespace Pipeline.Orchestration;

/// <summary>
/// Starts one run. Blob names are relative to the datasets container; no dataset content ever travels in
/// orchestration inputs or outputs, only references and hashes.
/// </summary>
/// <param name="DatasetBlob">The uploaded raw dataset, <c>incoming/{team}/{name}.jsonl</c>.</param>
/// <param name="Submitter">The identity that submitted the dataset; it may not approve its own run.</param>
/// <param name="ModelName">Registry name the adapter is promoted under.</param>
/// <param name="BaseModel">The GPU host's name for the base model.</param>
/// <param name="BaseModelSha256">SHA-256 of the base model file, recorded in the manifest.</param>
/// <param name="PolicyName">Policy blob in the policies container (<c>default</c> → <c>default.json</c>).</param>
/// <param name="Hyperparameters">Training settings; defaults when null.</param>
/// <param name="Timing">Polling and retry timing; production defaults when null (tests shorten them).</param>
public sealed record PipelineInput(
    string DatasetBlob,
    string Submitter,
    string ModelName,
    string BaseModel,
    string BaseModelSha256,
    string PolicyName = "default",
    FineTuneHyperparameters? Hyperparameters = null,
    PipelineTiming? Timing = null);

/// <summary>How often the run polls the GPU host, how long training may take, and the retry backoff.</summary>
public sealed record PipelineTiming(TimeSpan PollInterval, TimeSpan TrainingTimeout, TimeSpan FirstRetryInterval, int MaxAttempts)
{
    /// <summary>Production timing: poll every 30 s, train for at most a day, retry from 5 s, five attempts.</summary>
    public static PipelineTiming Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(24), TimeSpan.FromSeconds(5), 5);
}

/// <summary>The final statuses a run ends with.</summary>
public static class RunStatus
{
    public const string Promoted = "promoted";
    public const string RejectedInvalid = "rejected-invalid";
    public const string RejectedResidualPii = "rejected-residual-pii";
    public const string RejectedByPolicy = "rejected-by-policy";
    public const string Rejected = "rejected";
    public const string Expired = "expired";
    public const string Failed = "failed";
}

/// <summary>Where a run is, published as the orchestration's custom status.</summary>
public static class RunPhase
{
    public const string Validating = "validating";
    public const string Masking = "masking";
    public const string ResidualScan = "residual-scan";
    public const string Splitting = "splitting";
    public const string Training = "training";
    public const string Evaluating = "evaluating";
    public const string Gating = "gating";
    public const string AwaitingApproval = "awaiting-approval";
    public const string Promoting = "promoting";
    public const string CleaningUp = "cleaning-up";
    public const string Done = "done";
}

/// <summary>
/// The custom status: phase, a short detail (never data), and the approval picture while waiting — who decided,
/// when, with which comment, and the evidence blob (and its hash) they decided on.
/// </summary>
public sealed record RunProgress(
    string Phase,
    string? Detail = null,
    string? JobStatus = null,
    int? ApprovalsRequired = null,
    IReadOnlyList<string>? ApprovedBy = null,
    DateTime? ApprovalDeadline = null,
    IReadOnlyList<ApprovalDecision>? Decisions = null,
    EvidenceReference? Evidence = null);

/// <summary>Where a run's <see cref="ApprovalEvidence"/> is and its SHA-256 (recorded in the audit chain).</summary>
public sealed record EvidenceReference(string Blob, string Sha256);

/// <summary>The decisions approvers can make.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalVerdict>))]
public enum ApprovalVerdict
{
    /// <summary>Approve promotion.</summary>
    Approve,

    /// <summary>Reject: the run ends <c>rejected</c>.</summary>
    Reject,
}

/// <summary>
/// One approver's decision, raised as the <see cref="FineTunePipeline.ApprovalEventName"/> external event by the
/// HTTP layer after it authenticated the caller: identity and time come from there, not from the request body.
/// </summary>
public sealed record ApprovalDecision(string Approver, ApprovalVerdict Verdict, string? Comment, DateTimeOffset DecidedAt);

/// <summary>What masking changed, counts only.</summary>
public sealed record MaskingSummary(string PolicyVersion, long RecordsWritten, long RecordsWithPii, long TotalMasked, IReadOnlyDictionary<string, long> ByEntityType);

/// <summary>How a run ended. Reports are blob names in the datasets container.</summary>
public sealed record PipelineResult(
    string RunId,
    string Status,
    string? Reason,
    string? ModelName = null,
    int? Version = null,
    string? RawDatasetSha256 = null,
    string? MaskedDatasetSha256 = null,
    MaskingSummary? Masking = null,
    IReadOnlyDictionary<string, double>? Metrics = null,
    IReadOnlyList<GateResult>? Gates = null,
    IReadOnlyList<ApprovalDecision>? Approvals = null,
    IReadOnlyList<string>? Reports = null,
    EvidenceReference? Evidence = null);
