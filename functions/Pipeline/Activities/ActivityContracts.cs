using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Registry;

namespace Pipeline.Activities;

/// <summary>Validate the raw upload of run <paramref name="RunId"/>.</summary>
public sealed record ValidateDatasetInput(string RunId, string DatasetBlob);

/// <summary>
/// Validation outcome. <see cref="RawETag"/> pins the exact upload: later steps read it only if unchanged, so a
/// file replaced mid-run cannot slip in unvalidated.
/// </summary>
public sealed record ValidateDatasetOutput(bool IsValid, string RawSha256, string RawETag, long ValidRecords, long ErrorCount, long WarningCount, string ReportBlob, string? QuarantineBlob, string Summary);

/// <summary>Mask the validated upload with the policy's masking section.</summary>
public sealed record MaskDatasetInput(string RunId, string DatasetBlob, string RawETag, string MaskingJson);

/// <summary>Masking outcome; the raw upload is gone from <c>incoming/</c> once this returns.</summary>
public sealed record MaskDatasetOutput(string MaskedBlob, string MaskedSha256, string RawSha256, MaskingSummary Masking, string ReportBlob);

/// <summary>Scan the masked output again, independently of the masking pass.</summary>
public sealed record ResidualScanInput(string RunId, string MaskedBlob, double Threshold, double MaxRecordRate, IReadOnlyList<string> IgnoredTypes);

/// <summary>Residual findings: counts only.</summary>
public sealed record ResidualScanOutput(bool Passed, long RecordsScanned, long RecordsWithFindings, double RecordRate, IReadOnlyDictionary<string, long> FindingsByType, string ReportBlob);

/// <summary>Split the masked data into train and eval files by record hash.</summary>
public sealed record SplitDatasetInput(string RunId, string MaskedBlob, int EvalPercent, int Canaries = 0);

/// <summary>The two split files and their hashes.</summary>
public sealed record SplitDatasetOutput(string TrainBlob, string EvalBlob, long TrainRecords, long EvalRecords, string TrainSha256, string EvalSha256, int CanaryRecords = 0);

/// <summary>Create the training job.</summary>
public sealed record StartFineTuneInput(string RunId, string BaseModel, string TrainBlob, string EvalBlob, FineTuneHyperparameters Hyperparameters);

/// <summary>Evaluate the trained adapter against its base model on the eval split.</summary>
public sealed record EvaluateModelInput(string RunId, string BaseModel, string FineTunedModel, string EvalBlob, int Seed, ProbePolicy? Probes = null);

/// <summary>Evaluation metrics and where the full report is.</summary>
public sealed record EvaluateModelOutput(IReadOnlyDictionary<string, double> Metrics, string ReportBlob);

/// <summary>Register the approved adapter.</summary>
public sealed record PromoteModelInput(ModelPublication Publication, string EvaluationReportBlob, string Actor);

/// <summary>
/// Write the approval evidence. The orchestrator fills what it knows; the activity adds the loss curve (from the
/// GPU host) and the production version it would replace (from the registry), which are I/O.
/// </summary>
public sealed record RecordEvidenceInput(ApprovalEvidence Draft);

/// <summary>Remove a run's intermediate data.</summary>
public sealed record CleanupRunInput(string RunId);

/// <summary>A run's spend of its dataset's privacy budget: its ε, or null when it trained without DP-SGD.</summary>
public sealed record PrivacySpendInput(string RunId, string RawDatasetSha256, double? Epsilon);

/// <summary>What earlier runs on a dataset spent of its privacy budget: their summed ε, and how many had no DP at all.</summary>
public sealed record PrivacySpend(int Runs, double Epsilon, int RunsWithoutDp);
