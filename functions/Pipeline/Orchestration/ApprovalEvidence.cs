using Pipeline.GpuHost;
using Pipeline.Policy;

namespace Pipeline.Orchestration;

/// <summary>
/// The evidence approvers sign off: everything the run measured before it asked for approval, written once as a
/// blob (<c>runs/{runId}/evidence.json</c> in the reports container) before the approval wait begins. Counts,
/// hashes and metrics only — never dataset content. Served by <c>GET /api/runs/{id}/evidence</c> together with
/// the approvals so far, and read by the approver page.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="DatasetBlob">The uploaded dataset's name (<c>incoming/{team}/{name}.jsonl</c>).</param>
/// <param name="Submitter">Who submitted it (may not approve).</param>
/// <param name="ModelName">Registry name the adapter would be promoted under.</param>
/// <param name="BaseModel">The base model's name and file hash.</param>
/// <param name="BaseModelSha256">SHA-256 of the base model file.</param>
/// <param name="RawDatasetSha256">SHA-256 of the upload as received.</param>
/// <param name="MaskedDatasetSha256">SHA-256 of the masked dataset that was trained on.</param>
/// <param name="Masking">What masking changed, per entity type.</param>
/// <param name="ResidualScan">The independent second scan over the masked data.</param>
/// <param name="Training">Job, hyperparameters and loss curve.</param>
/// <param name="Metrics">Evaluation metrics by name (see <see cref="EvaluationResult"/>).</param>
/// <param name="Gates">Each policy gate with threshold, value and outcome.</param>
/// <param name="PolicyVersion">The policy version the gates and approvals come from.</param>
/// <param name="ApprovalsRequired">Distinct approvers needed.</param>
/// <param name="ApprovalDeadline">When the run expires without enough approvals.</param>
/// <param name="CurrentProduction">The version this adapter would replace as <c>production</c>; null for a new model.</param>
/// <param name="CreatedAt">When the evidence was written.</param>
public sealed record ApprovalEvidence(
    string RunId,
    string DatasetBlob,
    string Submitter,
    string ModelName,
    string BaseModel,
    string BaseModelSha256,
    string RawDatasetSha256,
    string MaskedDatasetSha256,
    MaskingSummary Masking,
    ResidualScanEvidence ResidualScan,
    TrainingEvidence Training,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<GateResult> Gates,
    string PolicyVersion,
    int ApprovalsRequired,
    DateTime ApprovalDeadline,
    ProductionVersion? CurrentProduction,
    DateTime CreatedAt);

/// <summary>Residual scan outcome: counts only.</summary>
public sealed record ResidualScanEvidence(bool Passed, long RecordsScanned, long RecordsWithFindings, double RecordRate, double MaxRecordRate, IReadOnlyDictionary<string, long> FindingsByType);

/// <summary>The training job, its settings, split sizes and loss curve (downsampled to at most 200 points).</summary>
/// <remarks><see cref="CanaryRecords"/> secret records were added to training to measure memorisation (not in <see cref="TrainRecords"/>).</remarks>
public sealed record TrainingEvidence(string JobId, FineTuneHyperparameters Hyperparameters, long TrainRecords, long EvalRecords, IReadOnlyList<TrainingMetricPoint> LossCurve, int CanaryRecords = 0);

/// <summary>A registry version currently holding an alias.</summary>
public sealed record ProductionVersion(string ModelName, int Version, string? RunId, string? AdapterSha256, IReadOnlyDictionary<string, double>? Metrics);

/// <summary><c>GET /api/runs/{id}/evidence</c>: the evidence plus where the decision stands now.</summary>
public sealed record RunEvidenceView(string RunId, string? Phase, string? Status, ApprovalEvidence Evidence, string EvidenceSha256, IReadOnlyList<ApprovalDecision> Approvals);
