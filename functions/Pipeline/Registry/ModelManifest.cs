using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;

namespace Pipeline.Registry;

/// <summary>
/// Everything needed to trust and reproduce a registered adapter: where it came from (hashes of base model and
/// data), how it was made, how it scored, who approved it, and the adapter's own hash (checked before loading).
/// </summary>
public sealed record ModelManifest(
    string ModelName,
    int Version,
    string RunId,
    DateTimeOffset CreatedAt,
    string Submitter,
    string BaseModel,
    string BaseModelSha256,
    string RawDatasetSha256,
    string MaskedDatasetSha256,
    string TrainSha256,
    string EvalSha256,
    MaskingSummary Masking,
    string PolicyVersion,
    FineTuneHyperparameters Hyperparameters,
    string TrainingJobId,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<ApprovalDecision> Approvals,
    string AdapterSha256,
    long AdapterBytes,
    string? ServingName = null);

/// <summary>What the promote step hands the registry; version and adapter hash are filled in by the registry.</summary>
public sealed record ModelPublication(
    string ModelName,
    string RunId,
    string Submitter,
    string BaseModel,
    string BaseModelSha256,
    string RawDatasetSha256,
    string MaskedDatasetSha256,
    string TrainSha256,
    string EvalSha256,
    MaskingSummary Masking,
    string PolicyVersion,
    FineTuneHyperparameters Hyperparameters,
    string TrainingJobId,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<ApprovalDecision> Approvals,
    IReadOnlyList<TrainingMetricPoint> LossCurve,
    string EvaluationReportJson,
    string? ServingName = null);

/// <summary>An alias (<c>production</c>) and the versions it pointed to before, most recent last.</summary>
public sealed record AliasState(string ModelName, string Alias, int Version, IReadOnlyList<int> History, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>Why and by whom a version was retired; the reason is kept as a SHA-256 only (it may name a data subject).</summary>
public sealed record RetirementRecord(int Version, DateTimeOffset RetiredAt, string RetiredBy, string ReasonSha256);

/// <summary>
/// The outcome of retiring a version: the record, the GPU host's name for its adapter (to delete there), the
/// production alias afterwards (null when no version is left to serve) and whether an earlier call had retired it.
/// </summary>
public sealed record RetirementResult(RetirementRecord Record, string? ServingName, AliasState? Production, bool AlreadyRetired);

/// <summary>The outcome of a promotion; <see cref="AlreadyPromoted"/> is true when the same run had promoted before.</summary>
public sealed record PromotionResult(int Version, string ManifestBlob, string ModelCardBlob, string AdapterSha256, bool AlreadyPromoted);
