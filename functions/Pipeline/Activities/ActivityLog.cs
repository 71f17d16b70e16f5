using Microsoft.Extensions.Logging;

namespace Pipeline.Activities;

/// <summary>Activity log messages: ids, counts and hashes only — never dataset content or PII values.</summary>
internal static partial class ActivityLog
{
    [LoggerMessage(1001, LogLevel.Information, "Run {RunId}: validated {Blob}: {ValidRecords} valid records, {Errors} errors, {Warnings} warnings")]
    public static partial void Validated(ILogger logger, string runId, string blob, long validRecords, long errors, long warnings);

    [LoggerMessage(1002, LogLevel.Warning, "Run {RunId}: invalid upload moved to {Quarantine}")]
    public static partial void Quarantined(ILogger logger, string runId, string quarantine);

    [LoggerMessage(1003, LogLevel.Information, "Run {RunId}: masked {Records} records ({Masked} values) into {Blob}")]
    public static partial void Masked(ILogger logger, string runId, long records, long masked, string blob);

    [LoggerMessage(1004, LogLevel.Information, "Run {RunId}: residual scan found PII in {Records} of {Scanned} records (passed: {Passed})")]
    public static partial void ResidualScanned(ILogger logger, string runId, long records, long scanned, bool passed);

    [LoggerMessage(1005, LogLevel.Information, "Run {RunId}: split into {Train} train and {Eval} eval records")]
    public static partial void Split(ILogger logger, string runId, long train, long eval);

    [LoggerMessage(1006, LogLevel.Information, "Run {RunId}: training job {JobId} is {Status}")]
    public static partial void TrainingJob(ILogger logger, string runId, string jobId, string status);

    [LoggerMessage(1007, LogLevel.Information, "Run {RunId}: promoted {Model} version {Version} (already promoted: {Already})")]
    public static partial void Promoted(ILogger logger, string runId, string model, int version, bool already);

    [LoggerMessage(1008, LogLevel.Information, "Run {RunId}: removed {Count} intermediate blobs")]
    public static partial void CleanedUp(ILogger logger, string runId, int count);

    [LoggerMessage(1009, LogLevel.Information, "Run {RunId}: evaluation reported {Count} metrics")]
    public static partial void Evaluated(ILogger logger, string runId, int count);

    [LoggerMessage(1010, LogLevel.Information, "Run {RunId}: approval evidence recorded ({Points} loss-curve points)")]
    public static partial void EvidenceRecorded(ILogger logger, string runId, int points);
}
