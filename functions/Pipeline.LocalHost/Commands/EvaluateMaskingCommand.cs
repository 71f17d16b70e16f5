using System.CommandLine;
using System.Globalization;
using System.Text;
using Masking;
using Masking.Evaluation;
using Masking.Learned;
using Pipeline.Secrets;

namespace Pipeline.LocalHost.Commands;

/// <summary>
/// <c>evaluate-masking --labelled SETS [--policy P.json] [--details MISSES.tsv]</c>: masks labelled texts the way
/// <c>mask</c> does and prints, per set and in all, how many planted personal values leaked and how many ordinary
/// values were kept. Exit 0 when both targets hold and every record was valid.
/// </summary>
/// <remarks>
/// Prints counts only. The misses name the sample's own values, so they go to a file, and only when asked for.
/// </remarks>
internal static class EvaluateMaskingCommand
{
    /// <summary>Exit code when a target is missed or a record was not masked.</summary>
    public const int BelowTarget = 3;

    public static Command Create()
    {
        var labelled = new Option<FileSystemInfo[]>("--labelled", "-l")
        {
            Description = "Labelled sets (id<TAB>L:value;;K:value<TAB>text per line): files, or folders of *.tsv files.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var policy = new Option<FileInfo?>("--policy", "-p") { Description = "Masking policy JSON (as for mask)." };
        var secrets = new Option<DirectoryInfo?>("--secrets") { Description = "Folder of the local secret store (default: .local/secrets)." };
        var details = new Option<FileInfo?>("--details") { Description = "Write every leaked and over-masked value with its case id here. It holds the sample's own values: keep it where the sample is kept." };
        var maxLeaked = new Option<double>("--max-leaked-percent") { Description = "Target: at most this share of planted values leaked.", DefaultValueFactory = _ => 1.0 };
        var minKept = new Option<double>("--min-kept-percent") { Description = "Target: at least this share of ordinary values kept.", DefaultValueFactory = _ => 95.0 };

        var command = new Command("evaluate-masking", "Measure masking on labelled texts: values leaked and ordinary values kept.")
        {
            labelled, policy, secrets, details, maxLeaked, minKept,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(labelled), parse.GetValue(policy),
            parse.GetValue(secrets) ?? new DirectoryInfo(Path.Combine(".local", "secrets")), parse.GetValue(details),
            parse.GetValue(maxLeaked), parse.GetValue(minKept), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<FileSystemInfo> labelled, FileInfo? policyFile, DirectoryInfo secretsFolder,
        FileInfo? detailsFile, double maxLeakedPercent, double minKeptPercent, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var entry in labelled)
        {
            if (entry is DirectoryInfo { Exists: true } folder)
            {
                files.AddRange(ReviewSet.Files(folder.FullName));
            }
            else if (File.Exists(entry.FullName))
            {
                files.Add(entry.FullName);
            }
            else
            {
                await error.WriteLineAsync($"error: '{entry.FullName}' is neither a labelled set nor a folder of them.");
                return MaskCommand.UsageError;
            }
        }

        if (files.Count == 0)
        {
            await error.WriteLineAsync("error: no labelled sets (*.tsv) found.");
            return MaskCommand.UsageError;
        }

        MaskingPolicy policy;
        var sets = new List<(string Name, List<ReviewCase> Cases)>();
        try
        {
            policy = policyFile is null ? MaskingPolicy.Default : MaskingPolicy.Parse(await File.ReadAllTextAsync(policyFile.FullName, cancellationToken));
            sets.AddRange(files.Select(f => (Path.GetFileNameWithoutExtension(f), ReviewSet.Read(f))));
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return MaskCommand.UsageError;
        }

        var key = policy.NeedsKey
            ? await new FileSecretStore(secretsFolder.FullName).GetOrCreateKeyAsync(SecretNames.PseudonymisationKey, 32, cancellationToken)
            : [];

        var results = new List<SetEvaluation>();
        var misses = new List<EvaluationMiss>();
        await output.WriteLineAsync($"{"set",-24} {"cases",6} {"planted",8} {"leaked",7} {"leaked %",9} {"kept",6} {"masked",7} {"kept %",7}  records");
        foreach (var (name, cases) in sets)
        {
            var (result, setMisses) = await MaskingEvaluation.EvaluateAsync(name, cases, policy, key, cancellationToken);
            results.Add(result);
            misses.AddRange(setMisses);
            await output.WriteLineAsync(Row(result));
        }

        var total = new SetEvaluation("all", results.Sum(r => r.Cases), results.Sum(r => r.Planted), results.Sum(r => r.Leaked),
            results.Sum(r => r.Kept), results.Sum(r => r.KeptMasked), results.All(r => r.AllRecordsValid));
        if (results.Count > 1)
        {
            await output.WriteLineAsync(Row(total));
        }

        if (detailsFile is not null)
        {
            Directory.CreateDirectory(detailsFile.DirectoryName ?? ".");
            var text = new StringBuilder("set\tcase\tmiss\tvalue\n");
            foreach (var miss in misses)
            {
                text.Append(miss.SetName).Append('\t').Append(miss.CaseId).Append('\t').Append(miss.IsLeak ? "leaked" : "masked")
                    .Append('\t').Append(miss.Value.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
            }

            await File.WriteAllTextAsync(detailsFile.FullName, text.ToString(), cancellationToken);
        }

        var met = total.AllRecordsValid && total.LeakedPercent < maxLeakedPercent && total.KeptPercent >= minKeptPercent;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Targets: leaked under {maxLeakedPercent} %, kept at least {minKeptPercent} %, every record valid: {(met ? "met" : "NOT met")}."));
        return met ? 0 : BelowTarget;
    }

    private static string Row(SetEvaluation r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-24} {r.Cases,6} {r.Planted,8} {r.Leaked,7} {r.LeakedPercent,8:F2}% {r.Kept,6} {r.KeptMasked,7} {r.KeptPercent,6:F1}%  {(r.AllRecordsValid ? "valid" : "NOT ALL MASKED")}");
}
