using System.Text.Json.Serialization;

namespace Masking.Dataset;

/// <summary>The dataset shapes accepted for fine-tuning (those of the OpenAI/Azure OpenAI fine-tuning APIs).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatasetFormat>))]
public enum DatasetFormat
{
    /// <summary>Not known yet (no valid record seen).</summary>
    Unknown,

    /// <summary><c>{"messages":[{"role":"system|user|assistant","content":"…","weight":0|1}]}</c></summary>
    Chat,

    /// <summary><c>{"prompt":"…","completion":"…"}</c></summary>
    PromptCompletion,
}

/// <summary>How bad a finding is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    /// <summary>The line is left out of the output and named in the report; the dataset is still usable.</summary>
    Warning,

    /// <summary>The dataset is rejected: nothing is processed further and the raw file is quarantined.</summary>
    Error,
}

/// <summary>Stable issue codes: clients match on these, messages are for people.</summary>
public static class IssueCodes
{
    public const string EmptyFile = "empty-file";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string NulByte = "nul-byte";
    public const string LineTooLong = "line-too-long";
    public const string InvalidJson = "invalid-json";
    public const string TooDeep = "too-deep";
    public const string NotAnObject = "not-an-object";
    public const string UnknownFormat = "unknown-format";
    public const string MixedFormat = "mixed-format";
    public const string InvalidMessages = "invalid-messages";
    public const string InvalidMessage = "invalid-message";
    public const string InvalidRole = "invalid-role";
    public const string InvalidContent = "invalid-content";
    public const string InvalidWeight = "invalid-weight";
    public const string NoAssistantTurn = "no-assistant-turn";
    public const string EmptyAssistantTurn = "empty-assistant-turn";
    public const string InvalidPromptCompletion = "invalid-prompt-completion";
    public const string TooManyTokens = "too-many-tokens";
    public const string TooManyRecords = "too-many-records";
    public const string Duplicate = "duplicate";
    public const string BlankLine = "blank-line";
    public const string AnalysisTimeout = "analysis-timeout";
}

/// <summary>One finding about one line. Never contains the line's content: only where and what.</summary>
public sealed record ValidationIssue(long Line, IssueSeverity Severity, string Code, string Message);

/// <summary>Limits applied while validating; the defaults suit chat fine-tuning datasets.</summary>
public sealed class ValidationOptions
{
    /// <summary>Longest accepted line in bytes (default 1 MiB).</summary>
    public int MaxLineBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest accepted JSON nesting (records are three levels deep; default 16).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Most tokens one record may hold, estimated at four UTF-8 bytes a token (default 32,768).</summary>
    public int MaxTokensPerRecord { get; init; } = 32_768;

    /// <summary>Most records in one dataset (bounds the duplicate index; default 5,000,000).</summary>
    public long MaxRecords { get; init; } = 5_000_000;

    /// <summary>
    /// Longest time masking may spend on one record (default 10 s; typical records take microseconds). A record that
    /// takes longer rejects the dataset, naming the line, instead of stalling the lines behind it.
    /// </summary>
    public TimeSpan MaxAnalysisTimePerRecord { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Issues listed one by one in the report; the rest are still counted (default 1,000).</summary>
    public int MaxListedIssues { get; init; } = 1_000;

    /// <summary>The defaults.</summary>
    public static ValidationOptions Default { get; } = new();
}

/// <summary>The validation outcome of a whole dataset: counts, and every issue with its line number.</summary>
public sealed class ValidationReport
{
    private readonly List<ValidationIssue> _issues = [];
    private readonly Dictionary<string, long> _countsByCode = new(StringComparer.Ordinal);
    private readonly int _maxListedIssues;

    /// <summary>Creates an empty report that lists at most <paramref name="maxListedIssues"/> issues.</summary>
    public ValidationReport(int maxListedIssues = 1_000) => _maxListedIssues = maxListedIssues;

    /// <summary>The detected format.</summary>
    public DatasetFormat Format { get; internal set; }

    /// <summary>Physical lines read.</summary>
    public long TotalLines { get; internal set; }

    /// <summary>Bytes read.</summary>
    public long TotalBytes { get; internal set; }

    /// <summary>Records that passed validation and went to the output.</summary>
    public long ValidRecords { get; internal set; }

    /// <summary>Errors found; any error rejects the dataset.</summary>
    public long ErrorCount { get; private set; }

    /// <summary>Warnings found; their lines are left out of the output.</summary>
    public long WarningCount { get; private set; }

    /// <summary>True when the dataset has records and no errors.</summary>
    public bool IsValid => ErrorCount == 0 && ValidRecords > 0;

    /// <summary>Issues in line order (the first <c>MaxListedIssues</c>).</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>How many issues of each code were found, listed or not.</summary>
    public IReadOnlyDictionary<string, long> CountsByCode => _countsByCode;

    /// <summary>True when more issues were found than listed.</summary>
    public bool IssuesTruncated => ErrorCount + WarningCount > _issues.Count;

    internal void Add(ValidationIssue issue)
    {
        if (issue.Severity == IssueSeverity.Error)
        {
            ErrorCount++;
        }
        else
        {
            WarningCount++;
        }

        _countsByCode[issue.Code] = _countsByCode.GetValueOrDefault(issue.Code) + 1;
        if (_issues.Count < _maxListedIssues)
        {
            _issues.Add(issue);
        }
    }

    /// <summary>A short human summary naming the first offending lines.</summary>
    public string Summarize(int maxLines = 10)
    {
        if (IsValid && WarningCount == 0)
        {
            return $"{ValidRecords} valid {Format} records in {TotalLines} lines.";
        }

        var builder = new System.Text.StringBuilder();
        builder.Append(IsValid ? "Dataset accepted with warnings" : "Dataset rejected")
            .Append($": {ErrorCount} error(s), {WarningCount} warning(s) in {TotalLines} lines.");
        foreach (var issue in _issues.Where(i => i.Severity == IssueSeverity.Error).Concat(_issues.Where(i => i.Severity == IssueSeverity.Warning)).Take(maxLines))
        {
            builder.AppendLine().Append(issue.Line > 0 ? $"  line {issue.Line}: " : "  ").Append(issue.Severity == IssueSeverity.Error ? "error " : "warning ")
                .Append(issue.Code).Append(": ").Append(issue.Message);
        }

        if (ErrorCount + WarningCount > maxLines)
        {
            builder.AppendLine().Append($"  … {ErrorCount + WarningCount - maxLines} more in the report.");
        }

        return builder.ToString();
    }
}
