using System.Text.Json.Serialization;
using Masking;
using Masking.Dataset;

namespace Pipeline.LocalHost.Commands;

/// <summary>The JSON report of one masking run: hashes, validation issues with line numbers, counts. No values.</summary>
internal sealed record MaskingRunReport(
    string Input,
    string InputSha256,
    string? OutputSha256,
    string PolicyVersion,
    bool Succeeded,
    ValidationSummary Validation,
    MaskingSummary Masking)
{
    public static MaskingRunReport From(string input, string inputHash, string? outputHash, string policyVersion, DatasetMaskingResult result)
    {
        var v = result.Validation;
        var m = result.Masking;
        return new MaskingRunReport(input, inputHash, outputHash, policyVersion, result.Succeeded,
            new ValidationSummary(v.Format, v.TotalLines, v.TotalBytes, v.ValidRecords, v.ErrorCount, v.WarningCount, v.IssuesTruncated,
                new SortedDictionary<string, long>(v.CountsByCode.ToDictionary(), StringComparer.Ordinal), v.Issues),
            new MaskingSummary(m.RecordsWritten, m.RecordsWithPii, m.TotalMasked,
                new SortedDictionary<string, long>(m.ByEntityType.ToDictionary(), StringComparer.Ordinal),
                new SortedDictionary<string, SortedDictionary<string, long>>(
                    m.ByField.ToDictionary(kv => kv.Key, kv => new SortedDictionary<string, long>(kv.Value, StringComparer.Ordinal)), StringComparer.Ordinal)));
    }
}

internal sealed record ValidationSummary(
    DatasetFormat Format, long Lines, long Bytes, long ValidRecords, long Errors, long Warnings, bool IssuesTruncated,
    SortedDictionary<string, long> CountsByCode, IReadOnlyList<ValidationIssue> Issues);

internal sealed record MaskingSummary(
    long RecordsWritten, long RecordsWithPii, long TotalMasked,
    SortedDictionary<string, long> ByEntityType, SortedDictionary<string, SortedDictionary<string, long>> ByField);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MaskingRunReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
