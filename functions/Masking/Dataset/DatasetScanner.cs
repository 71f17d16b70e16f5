using System.Security.Cryptography;

namespace Masking.Dataset;

/// <summary>
/// Reads a JSONL dataset once, validating every line and handing each valid, first-seen record to a sink.
/// Memory stays bounded by the longest allowed line plus a 16-byte fingerprint per record for duplicates.
/// </summary>
public static class DatasetScanner
{
    /// <summary>
    /// Scans <paramref name="input"/>. After the first error the sink is no longer called (the dataset will be
    /// rejected, so work on it would be wasted) but the scan goes on so the report names every bad line.
    /// The sink returns true when it takes ownership of the record's document (and disposes it later itself);
    /// documents own their bytes, so they stay valid after the scan moves on.
    /// </summary>
    public static async Task<ValidationReport> ScanAsync(
        Stream input,
        ValidationOptions options,
        Func<ValidRecord, ValueTask<bool>>? sink,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);

        var report = new ValidationReport(options.MaxListedIssues);
        var seen = new Dictionary<UInt128, long>();
        using var reader = new JsonlLineReader(input, options.MaxLineBytes);

        // One hash object for the whole scan: the one-shot SHA256.HashData sets up a new native context per line.
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var lastProgress = 0L;

        while (true)
        {
            var (found, line) = await reader.ReadLineAsync(cancellationToken);
            if (!found)
            {
                break;
            }

            report.TotalLines = line.Number;
            if (progress is not null && reader.BytesRead - lastProgress >= 4 * 1024 * 1024)
            {
                lastProgress = reader.BytesRead;
                progress.Report(lastProgress);
            }

            var (document, format, issue) = RecordValidator.Validate(line, options);
            if (issue is not null)
            {
                report.Add(issue);
                continue;
            }

            var owned = false;
            try
            {
                if (report.Format == DatasetFormat.Unknown)
                {
                    report.Format = format;
                }
                else if (report.Format != format)
                {
                    report.Add(new ValidationIssue(line.Number, IssueSeverity.Error, IssueCodes.MixedFormat,
                        $"{format} record in a {report.Format} dataset"));
                    continue;
                }

                // Exact duplicates add nothing to training and raise memorisation risk: keep the first only.
                var fingerprint = Fingerprint(hasher, line.Bytes.Span);
                if (seen.TryGetValue(fingerprint, out var firstLine))
                {
                    report.Add(new ValidationIssue(line.Number, IssueSeverity.Warning, IssueCodes.Duplicate,
                        $"duplicate of line {firstLine}, left out"));
                    continue;
                }

                if (seen.Count >= options.MaxRecords)
                {
                    report.Add(new ValidationIssue(line.Number, IssueSeverity.Error, IssueCodes.TooManyRecords,
                        $"dataset has more than {options.MaxRecords:N0} records"));
                    continue;
                }

                seen.Add(fingerprint, line.Number);
                report.ValidRecords++;
                if (sink is not null && report.ErrorCount == 0)
                {
                    owned = await sink(new ValidRecord(line.Number, format, document!, line.ByteLength));
                }
            }
            finally
            {
                if (!owned)
                {
                    document!.Dispose();
                }
            }
        }

        report.TotalBytes = reader.BytesRead;
        progress?.Report(reader.BytesRead);
        if (report.ValidRecords == 0 && report.ErrorCount == 0)
        {
            report.Add(new ValidationIssue(0, IssueSeverity.Error, IssueCodes.EmptyFile,
                report.TotalLines == 0 ? "dataset is empty" : "dataset has no records, only blank or duplicate lines"));
        }

        return report;
    }

    /// <summary>Validates without producing output.</summary>
    public static Task<ValidationReport> ValidateAsync(Stream input, ValidationOptions? options = null, CancellationToken cancellationToken = default) =>
        ScanAsync(input, options ?? ValidationOptions.Default, sink: null, progress: null, cancellationToken);

    private static UInt128 Fingerprint(IncrementalHash hasher, ReadOnlySpan<byte> line)
    {
        Span<byte> hash = stackalloc byte[32];
        hasher.AppendData(line.Trim(" \t"u8));
        hasher.GetHashAndReset(hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
