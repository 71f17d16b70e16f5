using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Masking;
using Masking.Dataset;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Secrets;
using Pipeline.Storage;

namespace Pipeline.Activities;

/// <summary>Loads the run's policy once, so every later step uses the same version.</summary>
public sealed class LoadPolicyActivity(PolicyStore policies) : TaskActivity<string, LoadedPolicy>
{
    /// <inheritdoc />
    public override Task<LoadedPolicy> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Loads <c>{name}.json</c> from the policies container.</summary>
    public Task<LoadedPolicy> ExecuteAsync(string policyName, CancellationToken cancellationToken) => policies.LoadAsync(policyName, cancellationToken);
}

/// <summary>
/// Validates the raw upload (UTF-8, JSON per line, chat schema, limits, duplicates) and hashes it in the same
/// pass. An invalid upload is moved to <c>quarantine/</c> — never deleted — and the report names its bad lines.
/// </summary>
public sealed class ValidateDatasetActivity(PipelineStorage storage, ILogger<ValidateDatasetActivity> logger) : TaskActivity<ValidateDatasetInput, ValidateDatasetOutput>
{
    /// <inheritdoc />
    public override Task<ValidateDatasetOutput> RunAsync(TaskActivityContext context, ValidateDatasetInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step (callable from a Functions activity trigger as well).</summary>
    public async Task<ValidateDatasetOutput> ExecuteAsync(ValidateDatasetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var datasets = storage.Datasets;
        var reportBlob = PipelineStorage.Paths.Report(input.RunId, "validation");
        if (await BlobReports.TryReadOutputAsync<ValidateDatasetOutput>(datasets, reportBlob, cancellationToken) is { } done)
        {
            if (done.QuarantineBlob is not null)
            {
                await QuarantineAsync(input.DatasetBlob, done.RawETag, done.QuarantineBlob, cancellationToken);
            }

            return done;
        }

        var raw = datasets.GetBlobClient(input.DatasetBlob);
        var etag = (await raw.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag.ToString();
        ValidationReport report;
        string sha;
        await using (var stream = new HashingStream(await BlobReports.OpenPinnedAsync(raw, etag, cancellationToken)))
        {
            report = await DatasetScanner.ValidateAsync(stream, ValidationOptions.Default, cancellationToken);
            sha = stream.HashHex;
        }

        var quarantine = report.IsValid ? null : PipelineStorage.Paths.Quarantine(input.RunId, input.DatasetBlob);
        var output = new ValidateDatasetOutput(report.IsValid, sha, etag, report.ValidRecords, report.ErrorCount, report.WarningCount, reportBlob, quarantine, report.Summarize());
        // Report first, move second: a retry after a crash in between finds the report and finishes the move.
        await BlobReports.WriteAsync(datasets, reportBlob, output, report, cancellationToken);
        ActivityLog.Validated(logger, input.RunId, input.DatasetBlob, report.ValidRecords, report.ErrorCount, report.WarningCount);
        if (quarantine is not null)
        {
            await QuarantineAsync(input.DatasetBlob, etag, quarantine, cancellationToken);
            ActivityLog.Quarantined(logger, input.RunId, quarantine);
        }

        return output;
    }

    private async Task QuarantineAsync(string datasetBlob, string etag, string quarantineBlob, CancellationToken cancellationToken)
    {
        var datasets = storage.Datasets;
        var raw = datasets.GetBlobClient(datasetBlob);
        try
        {
            // A streamed copy rather than a server-side copy: it needs no SAS or shared key, only the app's own access.
            await using (var source = await BlobReports.OpenPinnedAsync(raw, etag, cancellationToken))
            {
                await datasets.GetBlobClient(quarantineBlob).UploadAsync(source, overwrite: true, cancellationToken);
            }

            await BlobReports.DeleteIfUnchangedAsync(raw, etag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already moved (or replaced by a newer upload, which is not ours to move).
        }
    }
}

/// <summary>
/// Masks the validated upload into <c>work/{run}/masked.jsonl</c>, streaming blob to blob in constant memory,
/// then removes the raw upload from <c>incoming/</c>. The report holds counts per entity type, never values.
/// </summary>
public sealed class MaskDatasetActivity(PipelineStorage storage, ISecretStore secrets, ILogger<MaskDatasetActivity> logger) : TaskActivity<MaskDatasetInput, MaskDatasetOutput>
{
    /// <inheritdoc />
    public override Task<MaskDatasetOutput> RunAsync(TaskActivityContext context, MaskDatasetInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<MaskDatasetOutput> ExecuteAsync(MaskDatasetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var datasets = storage.Datasets;
        var raw = datasets.GetBlobClient(input.DatasetBlob);
        var reportBlob = PipelineStorage.Paths.Report(input.RunId, "masking");
        if (await BlobReports.TryReadOutputAsync<MaskDatasetOutput>(datasets, reportBlob, cancellationToken) is { } done)
        {
            await BlobReports.DeleteIfUnchangedAsync(raw, input.RawETag, cancellationToken);
            return done;
        }

        var policy = MaskingPolicy.Parse(input.MaskingJson);
        var key = policy.NeedsKey ? await secrets.GetOrCreateKeyAsync(SecretNames.PseudonymisationKey, 32, cancellationToken) : [];
        var maskedBlob = PipelineStorage.Paths.Work(input.RunId) + "masked.jsonl";
        DatasetMaskingResult result;
        string rawSha, maskedSha;
        await using (var source = new HashingStream(await BlobReports.OpenPinnedAsync(raw, input.RawETag, cancellationToken)))
        await using (var target = new HashingStream(await BlobReports.OpenWriteAsync(datasets, maskedBlob, cancellationToken)))
        {
            result = await new DatasetMasker(policy, key).MaskAsync(source, target, cancellationToken);
            rawSha = source.HashHex;
            maskedSha = target.HashHex;
        }

        if (!result.Succeeded)
        {
            // The upload is ETag-pinned to the validated version, so this means validation and masking disagree.
            await datasets.GetBlobClient(maskedBlob).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            throw new InvalidOperationException($"masking found the validated dataset invalid: {result.Validation.ErrorCount} errors");
        }

        var m = result.Masking;
        var summary = new MaskingSummary(m.PolicyVersion, m.RecordsWritten, m.RecordsWithPii, m.TotalMasked, m.ByEntityType.ToDictionary(StringComparer.Ordinal));
        var output = new MaskDatasetOutput(maskedBlob, maskedSha, rawSha, summary, reportBlob);
        await BlobReports.WriteAsync(datasets, reportBlob, output, new { masking = m, warnings = result.Validation.Issues }, cancellationToken);
        // Policy: raw personal data does not linger once a masked copy exists.
        await BlobReports.DeleteIfUnchangedAsync(raw, input.RawETag, cancellationToken);
        ActivityLog.Masked(logger, input.RunId, m.RecordsWritten, m.TotalMasked, maskedBlob);
        return output;
    }
}

/// <summary>
/// The second, independent pass: runs the recognizers over every string of the masked output (at the residual
/// threshold, over every entity type the policy does not explicitly exempt) and fails the run above the limit.
/// It catches masking configurations that keep a sensitive type, and recognizer gaps made visible by context.
/// </summary>
public sealed partial class ResidualScanActivity(PipelineStorage storage, ILogger<ResidualScanActivity> logger) : TaskActivity<ResidualScanInput, ResidualScanOutput>
{
    /// <inheritdoc />
    public override Task<ResidualScanOutput> RunAsync(TaskActivityContext context, ResidualScanInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step.</summary>
    public async Task<ResidualScanOutput> ExecuteAsync(ResidualScanInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var analyzer = PiiAnalyzer.Create(input.Threshold);
        var ignored = input.IgnoredTypes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        long scanned = 0, withFindings = 0;
        await using (var stream = await BlobReports.OpenPinnedAsync(storage.Datasets.GetBlobClient(input.MaskedBlob), null, cancellationToken))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                scanned++;
                using var document = JsonDocument.Parse(line);
                var found = false;
                foreach (var text in Strings(document.RootElement))
                {
                    var tokens = MaskingToken().Matches(text);
                    foreach (var match in analyzer.Analyze(text))
                    {
                        var type = match.Type.ToName();
                        // The masker's own tokens are not personal data, though a cue before one ("Patient <PERSON_1>")
                        // makes the name recognizer look at it.
                        if (!ignored.Contains(type) && !tokens.Any(t => match.Start < t.Index + t.Length && t.Index < match.End))
                        {
                            byType[type] = byType.GetValueOrDefault(type) + 1;
                            found = true;
                        }
                    }
                }

                withFindings += found ? 1 : 0;
            }
        }

        var rate = scanned == 0 ? 0 : (double)withFindings / scanned;
        var reportBlob = PipelineStorage.Paths.Report(input.RunId, "residual-scan");
        var output = new ResidualScanOutput(rate <= input.MaxRecordRate, scanned, withFindings, rate, byType, reportBlob);
        await BlobReports.WriteAsync(storage.Datasets, reportBlob, output, new { input.Threshold, input.MaxRecordRate, input.IgnoredTypes }, cancellationToken);
        ActivityLog.ResidualScanned(logger, input.RunId, withFindings, scanned, output.Passed);
        return output;
    }

    /// <summary>Placeholders (<c>&lt;PERSON_1&gt;</c>), pseudonyms (<c>&lt;PERSON_k3f9…&gt;</c>) and <c>[REDACTED]</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<[A-Z]+(?:_[A-Z]+)*_[A-Za-z0-9]+>|\[REDACTED\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MaskingToken();

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // Roles are structure, not content (the masker leaves them as they are too).
                    if (!property.NameEquals("role"))
                    {
                        foreach (var s in Strings(property.Value))
                        {
                            yield return s;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            default:
                break;
        }
    }
}

/// <summary>
/// Splits the masked data into train and eval files by each record's SHA-256, so the same record always lands
/// in the same split — across reruns and across datasets that share records (no eval record leaks into training
/// of a later version built from a superset).
/// </summary>
public sealed class SplitDatasetActivity(PipelineStorage storage, ISecretStore secrets, ILogger<SplitDatasetActivity> logger) : TaskActivity<SplitDatasetInput, SplitDatasetOutput>
{
    /// <inheritdoc />
    public override Task<SplitDatasetOutput> RunAsync(TaskActivityContext context, SplitDatasetInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the step. Deterministic: a retry rewrites identical files.</summary>
    public async Task<SplitDatasetOutput> ExecuteAsync(SplitDatasetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var datasets = storage.Datasets;
        var masked = storage.Masked;
        var trainBlob = PipelineStorage.Paths.Splits(input.RunId) + "train.jsonl";
        var evalBlob = PipelineStorage.Paths.Splits(input.RunId) + "eval.jsonl";
        long train = 0, eval = 0;
        string trainSha, evalSha;
        await using (var source = await BlobReports.OpenPinnedAsync(datasets.GetBlobClient(input.MaskedBlob), null, cancellationToken))
        using (var reader = new StreamReader(source, Encoding.UTF8))
        await using (var trainOut = new HashingStream(await BlobReports.OpenWriteAsync(masked, trainBlob, cancellationToken)))
        await using (var evalOut = new HashingStream(await BlobReports.OpenWriteAsync(masked, evalBlob, cancellationToken)))
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var bytes = Encoding.UTF8.GetBytes(line + "\n");
                if (IsEval(bytes.AsSpan(0, bytes.Length - 1), input.EvalPercent))
                {
                    await evalOut.WriteAsync(bytes, cancellationToken);
                    eval++;
                }
                else
                {
                    await trainOut.WriteAsync(bytes, cancellationToken);
                    train++;
                }
            }

            // Canaries go to training only; the evaluation measures how exposed they became.
            foreach (var canary in await Canaries.ForRunAsync(secrets, input.RunId, input.Canaries, cancellationToken))
            {
                await trainOut.WriteAsync(Encoding.UTF8.GetBytes(Canaries.Record(canary) + "\n"), cancellationToken);
            }

            await trainOut.FlushAsync(cancellationToken);
            await evalOut.FlushAsync(cancellationToken);
            trainSha = trainOut.HashHex;
            evalSha = evalOut.HashHex;
        }

        ActivityLog.Split(logger, input.RunId, train, eval);
        return new SplitDatasetOutput(trainBlob, evalBlob, train, eval, trainSha, evalSha, Math.Max(0, input.Canaries));
    }

    /// <summary>True when the record's hash falls in the eval bucket (<paramref name="evalPercent"/> of 100).</summary>
    internal static bool IsEval(ReadOnlySpan<byte> record, int evalPercent)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(record, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) % 100 < (ulong)evalPercent;
    }
}
