using Microsoft.Extensions.Logging;

namespace Pipeline.Orchestration;

/// <summary>Orchestration log messages (through the replay-safe logger, so each is written once per run).</summary>
internal static partial class OrchestrationLog
{
    [LoggerMessage(2001, LogLevel.Information, "Run {RunId}: started for model {Model}")]
    public static partial void Started(ILogger logger, string runId, string model);

    [LoggerMessage(2002, LogLevel.Information, "Run {RunId}: phase {Phase}")]
    public static partial void Phase(ILogger logger, string runId, string phase);

    [LoggerMessage(2003, LogLevel.Information, AlertedLogMessages.RunEnded)]
    public static partial void Ended(ILogger logger, string runId, string status, string? reason);

    [LoggerMessage(2004, LogLevel.Information, "Run {RunId}: {Approver} decided {Verdict} ({Count}/{Required} approvals)")]
    public static partial void Decision(ILogger logger, string runId, string approver, ApprovalVerdict verdict, int count, int required);

    [LoggerMessage(2005, LogLevel.Warning, "Run {RunId}: decision by {Approver} not counted: {Why}")]
    public static partial void DecisionIgnored(ILogger logger, string runId, string approver, string why);

    [LoggerMessage(2006, LogLevel.Warning, "Run {RunId}: step {Step} failed: {Reason}")]
    public static partial void StepFailed(ILogger logger, string runId, string step, string reason);
}

/// <summary>
/// Log lines that operations alert on: the log search alerts in <c>infra-bicep/modules/alerts.bicep</c> match them in
/// Application Insights. They are constants so that the alert patterns are tested against the exact text written.
/// </summary>
public static class AlertedLogMessages
{
    /// <summary>Written once per run when it ends, with one of the <see cref="RunStatus"/> values.</summary>
    public const string RunEnded = "Run {RunId}: ended {Status}: {Reason}";
}
