using System.Text;
using System.Text.Json;
using Masking.Learned;

namespace Masking.Evaluation;

/// <summary>One labelled value the masker got wrong: a personal value left in the text, or an ordinary one masked.</summary>
/// <remarks>Holds the sample's own values: written only where the reviewer asks for them, never logged.</remarks>
public sealed record EvaluationMiss(string SetName, string CaseId, string Value, bool IsLeak);

/// <summary>What masking one labelled set did to its labelled values. Counts only.</summary>
public sealed record SetEvaluation(string Name, int Cases, int Planted, int Leaked, int Kept, int KeptMasked, bool AllRecordsValid)
{
    /// <summary>Share of the planted personal values still in the masked text, in percent.</summary>
    public double LeakedPercent => Planted == 0 ? 0 : 100.0 * Leaked / Planted;

    /// <summary>Share of the ordinary values that survive verbatim, in percent.</summary>
    public double KeptPercent => Kept == 0 ? 100 : 100.0 * (Kept - KeptMasked) / Kept;
}

/// <summary>
/// Measures the masker on labelled texts (<see cref="ReviewSet"/>'s format: values that must be masked and values that
/// must be kept). Each text goes through the same <see cref="DatasetMasker"/> as the <c>mask</c> command, as the user
/// turn of one chat record, so the figures are the command's own. A planted value leaks when it is still in the masked
/// text verbatim; a kept value counts as masked when it is not.
/// </summary>
/// <remarks>
/// This is how an organisation checks the masker on a labelled sample of its own data before it trains on that kind of
/// text: the result carries the misses so the reviewer can see them, and the caller decides where they may be written.
/// </remarks>
public static class MaskingEvaluation
{
    /// <summary>Masks every case of one set and compares the output with its labels.</summary>
    public static async Task<(SetEvaluation Result, IReadOnlyList<EvaluationMiss> Misses)> EvaluateAsync(
        string setName, IReadOnlyList<ReviewCase> cases, MaskingPolicy policy, ReadOnlyMemory<byte> pseudonymKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(policy);

        // Identical texts would be flagged as duplicate records and left out; they mask identically, so each distinct
        // text is masked once and its cases all read the same output line.
        var lineOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var dataset = new StringBuilder();
        foreach (var c in cases)
        {
            if (lineOfText.TryAdd(c.Text, lineOfText.Count))
            {
                dataset.Append(JsonSerializer.Serialize(new ChatRecord([new("user", c.Text), new("assistant", "Noted.")]), EvaluationJsonContext.Default.ChatRecord)).Append('\n');
            }
        }

        using var output = new MemoryStream();
        var masking = await new DatasetMasker(policy, pseudonymKey)
            .MaskAsync(new MemoryStream(Encoding.UTF8.GetBytes(dataset.ToString())), output, cancellationToken);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var allValid = masking.Succeeded && masking.Validation.WarningCount == 0 && lines.Length == lineOfText.Count;

        var misses = new List<EvaluationMiss>();
        int planted = 0, leaked = 0, kept = 0, keptMasked = 0;
        foreach (var c in cases)
        {
            var line = lineOfText[c.Text];

            // When the masker refused or left out a record, no line can be matched to its case with certainty: every
            // value counts as leaked rather than be guessed at.
            var masked = allValid ? UserTurn(lines[line]) : null;
            planted += c.Masked.Count;
            kept += c.Kept.Count;
            foreach (var value in c.Masked.Where(v => masked is null || masked.Contains(v, StringComparison.Ordinal)))
            {
                leaked++;
                misses.Add(new EvaluationMiss(setName, c.Id, value, IsLeak: true));
            }

            foreach (var value in c.Kept.Where(v => masked is null || !masked.Contains(v, StringComparison.Ordinal)))
            {
                keptMasked++;
                misses.Add(new EvaluationMiss(setName, c.Id, value, IsLeak: false));
            }
        }

        return (new SetEvaluation(setName, cases.Count, planted, leaked, kept, keptMasked, allValid), misses);
    }

    private static string? UserTurn(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("messages")[0].GetProperty("content").GetString();
    }
}

internal sealed record ChatMessage(string Role, string Content);

internal sealed record ChatRecord(IReadOnlyList<ChatMessage> Messages);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ChatRecord))]
internal sealed partial class EvaluationJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
