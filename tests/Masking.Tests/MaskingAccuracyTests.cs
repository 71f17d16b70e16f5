using System.Globalization;
using System.Text;
using System.Text.Json;
using Masking.Tests.Corpus;
using Xunit.Abstractions;

namespace Masking.Tests;

/// <summary>
/// Generates the labelled corpus once, masks it through the public <see cref="DatasetMasker"/> API and runs the
/// analyzer over it, so every accuracy test reads the same measurement instead of masking 2,000 records again.
/// </summary>
public sealed class MaskingAccuracyFixture : IAsyncLifetime
{
    public const int Seed = 20260101;
    public const int RecordCount = 2000;

    private readonly Lazy<AccuracyMeasurement> _measurement;

    public MaskingAccuracyFixture()
    {
        _measurement = new Lazy<AccuracyMeasurement>(() => AccuracyMeasurement.Compute(Records, MaskedLines));
    }

    public IReadOnlyList<LabelledRecord> Records { get; private set; } = [];

    /// <summary>The output lines of the masker, blank lines dropped, a BOM tolerated.</summary>
    public IReadOnlyList<string> MaskedLines { get; private set; } = [];

    public DatasetMaskingResult? Result { get; private set; }

    public TimeSpan MaskingTime { get; private set; }

    public AccuracyMeasurement Measurement => _measurement.Value;

    public async Task InitializeAsync()
    {
        Records = new LabelledCorpusGenerator(Seed).Generate(RecordCount);

        // A fixed key keeps pseudonyms (if a policy ever uses them) reproducible between runs.
        var key = new byte[32];
        new Random(Seed).NextBytes(key);
        var masker = new DatasetMasker(MaskingPolicy.Default, key);

        var jsonl = string.Concat(Records.Select(r => r.JsonLine + "\n"));
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(jsonl), writable: false);
        using var output = new MemoryStream();
        var started = System.Diagnostics.Stopwatch.StartNew();
        Result = await masker.MaskAsync(input, output);
        MaskingTime = started.Elapsed;

        var text = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
        MaskedLines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Leak and keep figures for the masked corpus, plus span precision of the analyzer. Recall is measured on the
/// masker's actual output (the planted string must be gone from its message), not on analyzer spans, because the
/// output is what reaches training.
/// </summary>
public sealed class AccuracyMeasurement
{
    private AccuracyMeasurement()
    {
    }

    /// <summary>Per record, the masked content of each message, or null when the line is missing or malformed.</summary>
    public IReadOnlyList<IReadOnlyList<string>?> MaskedContents { get; private init; } = [];

    public IReadOnlyList<string> StructuralErrors { get; private init; } = [];

    public IReadOnlyDictionary<PiiEntityType, EntityOutcome> Entities { get; private init; } = new Dictionary<PiiEntityType, EntityOutcome>();

    public IReadOnlyDictionary<DecoyKind, DecoyOutcome> Decoys { get; private init; } = new Dictionary<DecoyKind, DecoyOutcome>();

    public static AccuracyMeasurement Compute(IReadOnlyList<LabelledRecord> records, IReadOnlyList<string> maskedLines)
    {
        var errors = new List<string>();
        if (maskedLines.Count != records.Count)
        {
            errors.Add($"expected {records.Count} output records, got {maskedLines.Count}");
        }

        var masked = new List<IReadOnlyList<string>?>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            masked.Add(i < maskedLines.Count ? ParseAndCompare(records[i], maskedLines[i], errors) : null);
        }

        var entities = Enum.GetValues<PiiEntityType>().ToDictionary(t => t, _ => new EntityOutcome());
        var decoys = Enum.GetValues<DecoyKind>().ToDictionary(k => k, _ => new DecoyOutcome());
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            foreach (var label in record.Labels.Where(l => !l.IsDecoy))
            {
                var content = masked[i]?[label.MessageIndex];
                var outcome = entities[label.Entity!.Value];
                outcome.Planted++;
                var exactGone = content is not null && !content.Contains(label.Value, StringComparison.Ordinal);
                var leakedPart = content is null ? label.Value : label.LeakParts.FirstOrDefault(p => content.Contains(p, StringComparison.Ordinal));
                outcome.Removed += exactGone ? 1 : 0;
                outcome.RemovedStrict += leakedPart is null ? 1 : 0;
                outcome.PlantedRepeat += label.IsRepeat ? 1 : 0;
                outcome.RemovedRepeat += label.IsRepeat && exactGone ? 1 : 0;
                if (!exactGone)
                {
                    outcome.Misses.Add(new Miss(record.Index, label.MessageIndex, label.Value, Snippet(content, label.Value), label.IsRepeat));
                }
                else if (leakedPart is not null)
                {
                    outcome.PartialMisses.Add(new Miss(record.Index, label.MessageIndex, leakedPart, Snippet(content, leakedPart), label.IsRepeat));
                }
            }

            // Decoys are compared by occurrence counts per message: the generator guarantees no decoy occurrence
            // lies inside an identifier, so masking identifiers correctly can never lower the count.
            foreach (var group in record.Labels.Where(l => l.IsDecoy).GroupBy(l => (l.MessageIndex, l.Value)))
            {
                var original = record.Messages[group.Key.MessageIndex].Content;
                var content = masked[i]?[group.Key.MessageIndex];
                var labelled = group.Count();
                var before = LabelledCorpusGenerator.Occurrences(original, group.Key.Value).Count();
                var after = content is null ? 0 : LabelledCorpusGenerator.Occurrences(content, group.Key.Value).Count();
                var lost = Math.Min(labelled, Math.Max(0, before - after));
                foreach (var (label, n) in group.Select((l, n) => (l, n)))
                {
                    var outcome = decoys[label.Decoy!.Value];
                    outcome.Planted++;
                    if (n < labelled - lost)
                    {
                        outcome.Kept++;
                    }
                    else
                    {
                        outcome.Losses.Add(new Miss(record.Index, label.MessageIndex, label.Value, Snippet(content, null, label.Start), IsRepeat: false));
                    }
                }
            }
        }

        return new AccuracyMeasurement { MaskedContents = masked, StructuralErrors = errors, Entities = entities, Decoys = decoys };
    }

    private static IReadOnlyList<string>? ParseAndCompare(LabelledRecord record, string line, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (!document.RootElement.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"record {record.Index}: no messages array");
                return null;
            }

            var items = messages.EnumerateArray().ToList();
            if (items.Count != record.Messages.Count)
            {
                errors.Add($"record {record.Index}: {items.Count} messages instead of {record.Messages.Count}");
                return null;
            }

            var contents = new List<string>(items.Count);
            for (var m = 0; m < items.Count; m++)
            {
                var role = items[m].TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                if (role != record.Messages[m].Role)
                {
                    errors.Add($"record {record.Index} message {m}: role '{role}' instead of '{record.Messages[m].Role}'");
                    return null;
                }

                if (!items[m].TryGetProperty("content", out var c) || c.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"record {record.Index} message {m}: content is not a string");
                    return null;
                }

                contents.Add(c.GetString()!);
            }

            return contents;
        }
        catch (JsonException ex)
        {
            errors.Add($"record {record.Index}: invalid JSON ({ex.Message})");
            return null;
        }
    }

    /// <summary>A short window of the masked message around the leaked value (or around the decoy's old offset).</summary>
    internal static string Snippet(string? content, string? value, int approximateStart = 0)
    {
        if (content is null)
        {
            return "<record missing or invalid>";
        }

        var at = value is null ? -1 : content.IndexOf(value, StringComparison.Ordinal);
        if (at < 0)
        {
            at = Math.Min(approximateStart, content.Length);
        }

        var from = Math.Max(0, at - 60);
        var to = Math.Min(content.Length, at + (value?.Length ?? 0) + 60);
        return (from > 0 ? "…" : string.Empty) + content[from..to].ReplaceLineEndings(" ") + (to < content.Length ? "…" : string.Empty);
    }
}

public sealed record Miss(int Record, int Message, string Value, string MaskedSnippet, bool IsRepeat);

public sealed class EntityOutcome
{
    public int Planted { get; set; }

    /// <summary>Labels whose exact planted string is gone from the masked message.</summary>
    public int Removed { get; set; }

    /// <summary>Labels none of whose identifying words (surname, street line…) survived.</summary>
    public int RemovedStrict { get; set; }

    /// <summary>Labels repeating a value planted earlier in the same record (see <see cref="CorpusLabel.IsRepeat"/>).</summary>
    public int PlantedRepeat { get; set; }

    public int RemovedRepeat { get; set; }

    public List<Miss> Misses { get; } = [];

    public List<Miss> PartialMisses { get; } = [];

    public double Recall => Planted == 0 ? 1 : (double)Removed / Planted;

    public double StrictRecall => Planted == 0 ? 1 : (double)RemovedStrict / Planted;

    public double FirstMentionRecall => Planted == PlantedRepeat ? 1 : (double)(Removed - RemovedRepeat) / (Planted - PlantedRepeat);

    public double RepeatRecall => PlantedRepeat == 0 ? 1 : (double)RemovedRepeat / PlantedRepeat;
}

public sealed class DecoyOutcome
{
    public int Planted { get; set; }

    public int Kept { get; set; }

    public List<Miss> Losses { get; } = [];

    public double KeepRate => Planted == 0 ? 1 : (double)Kept / Planted;
}

/// <summary>
/// Accuracy of the PII masking library on a labelled synthetic corpus (issue 2, "Measured, not assumed"). The
/// generator is written independently of the recognizers, so these figures are an honest check rather than a
/// restatement of the recognizers' own word lists.
/// </summary>
public sealed class MaskingAccuracyTests(MaskingAccuracyFixture fixture, ITestOutputHelper output) : IClassFixture<MaskingAccuracyFixture>
{
    private const double StructuredRecallFloor = 0.99;
    private const double FuzzyRecallFloor = 0.95;
    private const double DecoyKeepFloor = 0.97;
    private const int MissesShownPerType = 6;

    private static readonly PiiEntityType[] FuzzyTypes = [PiiEntityType.Person, PiiEntityType.StreetAddress, PiiEntityType.City];

    [Fact]
    public void MaskedCorpus_KeepsEveryRecordValidWithSameMessagesAndRoles()
    {
        var m = fixture.Measurement;
        output.WriteLine($"Masked {fixture.Records.Count} records in {fixture.MaskingTime.TotalSeconds:0.00} s; succeeded = {fixture.Result?.Succeeded}.");
        Assert.True(fixture.Result?.Succeeded, "DatasetMasker reported failure on a well-formed corpus.");
        Assert.True(
            m.StructuralErrors.Count == 0,
            $"{m.StructuralErrors.Count} structural errors, first ones:\n" + string.Join('\n', m.StructuralErrors.Take(10)));
    }

    [Fact]
    public void Recall_PerEntityType_MeetsThresholds()
    {
        var table = RecallTable();
        output.WriteLine(table);

        var failures = fixture.Measurement.Entities
            .Where(e => e.Value.Planted > 0 && e.Value.Recall < Floor(e.Key))
            .Select(e => $"{e.Key}: recall {e.Value.Recall:0.0000} < {Floor(e.Key):0.00}\n" + FormatMisses(e.Value.Misses))
            .ToList();
        Assert.True(failures.Count == 0, table + "\nBelow threshold:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Decoys_AreKeptVerbatim()
    {
        var decoys = fixture.Measurement.Decoys;
        var planted = decoys.Values.Sum(d => d.Planted);
        var kept = decoys.Values.Sum(d => d.Kept);
        var overall = planted == 0 ? 1 : (double)kept / planted;

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"Decoy kind",-16} {"planted",8} {"kept",8} {"keep rate",10}");
        foreach (var (kind, d) in decoys.OrderBy(d => d.Key.ToString()))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{kind,-16} {d.Planted,8} {d.Kept,8} {d.KeepRate,10:0.0000}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{"OVERALL",-16} {planted,8} {kept,8} {overall,10:0.0000}");
        output.WriteLine(sb.ToString());

        Assert.True(
            overall >= DecoyKeepFloor,
            sb + $"\nDecoy keep rate {overall:0.0000} < {DecoyKeepFloor:0.00}. First losses:\n" +
            string.Join('\n', decoys.Where(d => d.Value.Losses.Count > 0).Select(d => $"[{d.Key}]\n" + FormatMisses(d.Value.Losses))));
    }

    [Fact]
    public void AnalyzerPrecision_PerEntityType_IsReported()
    {
        var analyzer = PiiAnalyzer.CreateDefault();
        var detected = Enum.GetValues<PiiEntityType>().ToDictionary(t => t, _ => 0);
        var overlapping = Enum.GetValues<PiiEntityType>().ToDictionary(t => t, _ => 0);
        var falsePositives = Enum.GetValues<PiiEntityType>().ToDictionary(t => t, _ => new List<string>());
        var contractViolations = new List<string>();

        foreach (var record in fixture.Records)
        {
            for (var m = 0; m < record.Messages.Count; m++)
            {
                var content = record.Messages[m].Content;
                var planted = record.Labels.Where(l => !l.IsDecoy && l.MessageIndex == m).ToList();
                var previousEnd = 0;
                foreach (var match in analyzer.Analyze(content))
                {
                    if (match.Start < previousEnd || match.Length <= 0 || match.Start + match.Length > content.Length)
                    {
                        contractViolations.Add($"record {record.Index} message {m}: {match}");
                        continue;
                    }

                    previousEnd = match.Start + match.Length;
                    detected[match.Type]++;
                    if (planted.Any(l => match.Start < l.End && l.Start < match.Start + match.Length))
                    {
                        overlapping[match.Type]++;
                    }
                    else if (falsePositives[match.Type].Count < MissesShownPerType)
                    {
                        falsePositives[match.Type].Add($"  r{record.Index}/m{m} \"{content.Substring(match.Start, match.Length)}\" ({match.Score:0.00}) in: {AccuracyMeasurement.Snippet(content, content.Substring(match.Start, match.Length))}");
                    }
                }
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"Detected type",-20} {"spans",7} {"on PII",7} {"precision",10}");
        foreach (var type in Enum.GetValues<PiiEntityType>())
        {
            var precision = detected[type] == 0 ? double.NaN : (double)overlapping[type] / detected[type];
            sb.AppendLine(CultureInfo.InvariantCulture, $"{type,-20} {detected[type],7} {overlapping[type],7} {precision,10:0.0000}");
        }

        sb.AppendLine("First spans that overlap no planted identifier:");
        foreach (var (type, examples) in falsePositives.Where(f => f.Value.Count > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"[{type}]");
            examples.ForEach(e => sb.AppendLine(e));
        }

        output.WriteLine(sb.ToString());

        // Precision is reported, not gated; the documented contract of Analyze (in-range, sorted, non-overlapping) is.
        Assert.True(contractViolations.Count == 0, "Analyze returned overlapping or out-of-range spans:\n" + string.Join('\n', contractViolations.Take(10)));
    }

    [Fact]
    public void Misses_FirstFewPerType_ArePrinted()
    {
        var sb = new StringBuilder();
        foreach (var (type, e) in fixture.Measurement.Entities.Where(e => e.Value.Misses.Count > 0 || e.Value.PartialMisses.Count > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"[{type}] {e.Misses.Count} leaked, {e.PartialMisses.Count} partly leaked");
            sb.Append(FormatMisses(e.Misses));
            if (e.PartialMisses.Count > 0)
            {
                sb.AppendLine("  partly leaked (exact string gone, an identifying word left):");
                sb.Append(FormatMisses(e.PartialMisses));
            }
        }

        foreach (var (kind, d) in fixture.Measurement.Decoys.Where(d => d.Value.Losses.Count > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"[decoy {kind}] {d.Losses.Count} lost");
            sb.Append(FormatMisses(d.Losses));
        }

        output.WriteLine(sb.Length == 0 ? "No misses." : sb.ToString());
    }

    [Fact]
    public void Generator_IsDeterministicAndLabelsPointAtTheirValues()
    {
        var again = new LabelledCorpusGenerator(MaskingAccuracyFixture.Seed).Generate(MaskingAccuracyFixture.RecordCount);
        Assert.Equal(fixture.Records.Select(r => r.JsonLine), again.Select(r => r.JsonLine));

        foreach (var record in fixture.Records)
        {
            using var document = JsonDocument.Parse(record.JsonLine);
            var contents = document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()).ToList();
            Assert.Equal(record.Messages.Select(m => m.Content), contents);
            foreach (var label in record.Labels)
            {
                Assert.Equal(label.Value, record.Messages[label.MessageIndex].Content.Substring(label.Start, label.Value.Length));
            }
        }
    }

    [Fact]
    public void Generator_PlantsEveryEntityTypeAndDecoyKindOftenEnoughToMeasure()
    {
        var labels = fixture.Records.SelectMany(r => r.Labels).ToList();
        foreach (var type in Enum.GetValues<PiiEntityType>())
        {
            Assert.True(labels.Count(l => l.Entity == type) >= 150, $"too few {type} labels to measure recall");
        }

        foreach (var kind in Enum.GetValues<DecoyKind>())
        {
            Assert.True(labels.Count(l => l.Decoy == kind) >= 100, $"too few {kind} decoys");
        }

        Assert.All(Enum.GetValues<CorpusDomain>(), d => Assert.Contains(fixture.Records, r => r.Domain == d));
    }

    [Fact]
    public void Generator_ChecksummedIdentifiersAreValid()
    {
        var labels = fixture.Records.SelectMany(r => r.Labels).Where(l => !l.IsDecoy).ToList();
        string Digits(string v) => new(v.Where(char.IsAsciiDigit).ToArray());
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.CreditCard), l => Assert.True(Luhn(Digits(l.Value)), l.Value));
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.Iban), l => Assert.True(IbanValid(l.Value.Replace(" ", string.Empty, StringComparison.Ordinal)), l.Value));
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.AbaRoutingNumber), l => Assert.True(AbaValid(l.Value), l.Value));
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.NhsNumber), l => Assert.True(NhsValid(Digits(l.Value)), l.Value));
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.Vin), l => Assert.True(VinValid(l.Value), l.Value));
        Assert.All(labels.Where(l => l.Entity == PiiEntityType.Ssn), l => Assert.True(SsnValid(Digits(l.Value)), l.Value));
    }

    private static double Floor(PiiEntityType type) => FuzzyTypes.Contains(type) ? FuzzyRecallFloor : StructuredRecallFloor;

    private string RecallTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"Entity type",-20} {"planted",8} {"recall",8} {"strict",8} {"first",8} {"repeats",8} {"repeat",8} {"floor",6}");
        foreach (var (type, e) in fixture.Measurement.Entities)
        {
            var flag = e.Recall < Floor(type) ? "  << below" : string.Empty;
            sb.AppendLine(
                CultureInfo.InvariantCulture,
                $"{type,-20} {e.Planted,8} {e.Recall,8:0.0000} {e.StrictRecall,8:0.0000} {e.FirstMentionRecall,8:0.0000} {e.PlantedRepeat,8} {e.RepeatRecall,8:0.0000} {Floor(type),6:0.00}{flag}");
        }

        sb.AppendLine("recall = planted string gone from its masked message (gated); strict = no identifying word of it left either;");
        sb.AppendLine("first / repeat = recall of first mentions / of values already planted earlier in the record (often without context).");
        return sb.ToString();
    }

    private static string FormatMisses(IEnumerable<Miss> misses)
    {
        var sb = new StringBuilder();
        // First mentions first: a miss there means a recognizer gap, a repeat miss may only mean no propagation.
        foreach (var miss in misses.OrderBy(m => m.IsRepeat).Take(MissesShownPerType))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  r{miss.Record}/m{miss.Message}{(miss.IsRepeat ? " (repeat)" : string.Empty)} \"{miss.Value}\" in: {miss.MaskedSnippet}");
        }

        return sb.ToString();
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return digits.Length is >= 13 and <= 19 && sum % 10 == 0;
    }

    private static bool IbanValid(string iban)
    {
        var rearranged = iban[4..] + iban[..4];
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var chunk = char.IsAsciiDigit(c) ? (c - '0').ToString(CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture);
            foreach (var d in chunk)
            {
                remainder = ((remainder * 10) + (d - '0')) % 97;
            }
        }

        return remainder == 1;
    }

    private static bool AbaValid(string v)
    {
        if (v.Length != 9 || !v.All(char.IsAsciiDigit))
        {
            return false;
        }

        int D(int i) => v[i] - '0';
        return ((3 * (D(0) + D(3) + D(6))) + (7 * (D(1) + D(4) + D(7))) + D(2) + D(5) + D(8)) % 10 == 0;
    }

    private static bool NhsValid(string v)
    {
        if (v.Length != 10)
        {
            return false;
        }

        var sum = Enumerable.Range(0, 9).Sum(i => (v[i] - '0') * (10 - i));
        var check = 11 - (sum % 11);
        return check != 10 && (check == 11 ? 0 : check) == v[9] - '0';
    }

    private static bool VinValid(string vin)
    {
        const string letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        int[] values = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
        int[] weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        if (vin.Length != 17)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = vin[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : letters.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? values[at] : -1000;
            sum += value * weights[i];
        }

        var remainder = sum % 11;
        return vin[8] == (remainder == 10 ? 'X' : (char)('0' + remainder));
    }

    private static bool SsnValid(string v) =>
        v.Length == 9 && v[..3] is not ("000" or "666") && v[0] != '9' && v[3..5] != "00" && v[5..] != "0000";
}
