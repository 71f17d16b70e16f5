using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Masking.Dataset;

namespace Masking;

/// <summary>The outcome of masking a dataset.</summary>
public sealed record DatasetMaskingResult(ValidationReport Validation, MaskingReport Masking)
{
    /// <summary>True when the dataset was valid and every record was written masked.</summary>
    public bool Succeeded => Validation.IsValid;
}

/// <summary>
/// Validates and masks a JSONL dataset in one streaming pass. JSON structure, record order, roles and
/// weights are kept exactly; every other string value is scanned and masked. When validation fails the output
/// is incomplete and must be discarded — callers write to a temporary location and publish only on success.
/// </summary>
public sealed class DatasetMasker
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The output is data for training, not HTML: keep non-ASCII text readable instead of \u-escaping it.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private readonly MaskingPolicy _policy;
    private readonly byte[] _key;
    private readonly PiiAnalyzer _analyzer;
    private readonly ValidationOptions _validation;
    private readonly RepeatedTextCache _repeats = new();

    /// <summary>Creates a masker. <paramref name="pseudonymKey"/> keys the HMAC of the pseudonym operator.</summary>
    public DatasetMasker(MaskingPolicy policy, ReadOnlyMemory<byte> pseudonymKey, ValidationOptions? validation = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.NeedsKey && pseudonymKey.Length < 16)
        {
            throw new ArgumentException("the pseudonym operator needs a key of at least 16 bytes", nameof(pseudonymKey));
        }

        _policy = policy;
        _key = pseudonymKey.ToArray();
        _analyzer = PiiAnalyzer.Create(policy.Threshold);
        _validation = validation ?? ValidationOptions.Default;
    }

    /// <summary>Masks <paramref name="input"/> into <paramref name="output"/>.</summary>
    public Task<DatasetMaskingResult> MaskAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        MaskAsync(input, output, progress: null, cancellationToken);

    /// <summary>Masks <paramref name="input"/> into <paramref name="output"/>, reporting bytes read.</summary>
    /// <remarks>
    /// The scan (reading, validation, duplicate detection) runs in order on one thread; masking of each record
    /// runs on the thread pool; a single writer puts results back in input order. At most a bounded number of
    /// records are in flight, so memory stays constant whatever the dataset's size.
    /// </remarks>
    public async Task<DatasetMaskingResult> MaskAsync(Stream input, Stream output, IProgress<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        var report = new MaskingReport { PolicyVersion = _policy.Version };

        // Records go to the thread pool in batches: one hand-off per batch keeps pool threads busy instead of
        // waking (and spinning) once per record. At most a few batches are in flight, so memory stays bounded.
        var inFlight = Channel.CreateBounded<Task<MaskedRecord[]>>(new BoundedChannelOptions(Math.Max(2, Environment.ProcessorCount) * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var pending in inFlight.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var record in await pending)
                    {
                        await output.WriteAsync(record.Bytes, cancellationToken);
                        report.RecordsWritten++;
                        foreach (var (field, type) in record.Counts)
                        {
                            report.Count(field, type);
                        }

                        if (record.Counts.Count > 0)
                        {
                            report.RecordsWithPii++;
                        }
                    }
                }
            }
            catch (Exception ex)
            {
                // Stop the scan from queueing more work nobody will write.
                inFlight.Writer.TryComplete(ex);
                throw;
            }
        }, cancellationToken);

        var batch = new List<JsonDocument>(BatchSize);
        ValidationReport validation;
        try
        {
            validation = await DatasetScanner.ScanAsync(input, _validation, async record =>
            {
                batch.Add(record.Document);
                if (batch.Count == BatchSize)
                {
                    await DispatchAsync(batch, inFlight.Writer, cancellationToken);
                    batch = new List<JsonDocument>(BatchSize);
                }

                return true;
            }, progress, cancellationToken);

            if (batch.Count > 0)
            {
                await DispatchAsync(batch, inFlight.Writer, cancellationToken);
            }
        }
        finally
        {
            inFlight.Writer.TryComplete();
        }

        await writer;
        await output.FlushAsync(cancellationToken);
        return new DatasetMaskingResult(validation, report);
    }

    private const int BatchSize = 64;

    private ValueTask DispatchAsync(List<JsonDocument> documents, ChannelWriter<Task<MaskedRecord[]>> inFlight, CancellationToken cancellationToken) =>
        inFlight.WriteAsync(Task.Run(() => documents.Select(MaskOne).ToArray(), cancellationToken), cancellationToken);

    private MaskedRecord MaskOne(JsonDocument document)
    {
        using (document)
        {
            var counts = new List<(string, PiiEntityType)>();
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                new RecordMasker(_analyzer, _repeats, new TextMasker(_policy, _key), counts).Write(document.RootElement, writer);
            }

            buffer.Write("\n"u8);
            return new MaskedRecord(buffer.WrittenMemory, counts);
        }
    }

    /// <summary>
    /// Analyses of strings that recur across records — system prompts usually repeat in every record — are reused.
    /// Only short strings are kept, and at most a bounded number of them, so memory stays constant.
    /// </summary>
    private sealed class RepeatedTextCache
    {
        private const int MaxLength = 4096;
        private const int MaxEntries = 256;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<PiiMatch>> _entries = new(StringComparer.Ordinal);

        public IReadOnlyList<PiiMatch> Analyze(PiiAnalyzer analyzer, string text)
        {
            if (text.Length > MaxLength)
            {
                return analyzer.Analyze(text);
            }

            if (_entries.TryGetValue(text, out var cached))
            {
                return cached;
            }

            var matches = analyzer.Analyze(text);
            if (_entries.Count < MaxEntries)
            {
                _entries.TryAdd(text, matches);
            }

            return matches;
        }
    }

    /// <summary>
    /// Report field names (<c>messages[user].content</c>), built once per distinct shape instead of once per value:
    /// datasets repeat the same few fields millions of times. The cache is bounded; unusual keys are just composed.
    /// </summary>
    private static class FieldNames
    {
        private const int MaxEntries = 1024;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Parent, string? Role, string Name), string> Children = new();
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Items = new(StringComparer.Ordinal);

        public static string Child(string parent, string? role, string name)
        {
            if (Children.TryGetValue((parent, role, name), out var cached))
            {
                return cached;
            }

            var composed = role is not null && parent.EndsWith("[]", StringComparison.Ordinal)
                ? $"{parent[..^2]}[{role}].{name}"
                : parent.Length == 0 ? name : $"{parent}.{name}";
            if (Children.Count < MaxEntries)
            {
                Children.TryAdd((parent, role, name), composed);
            }

            return composed;
        }

        public static string Item(string parent)
        {
            if (Items.TryGetValue(parent, out var cached))
            {
                return cached;
            }

            var composed = parent + "[]";
            if (Items.Count < MaxEntries)
            {
                Items.TryAdd(parent, composed);
            }

            return composed;
        }
    }

    private sealed record MaskedRecord(ReadOnlyMemory<byte> Bytes, List<(string Field, PiiEntityType Type)> Counts);

    /// <summary>Masks one record: analyses every string, then masks recognised values wherever else they recur in the record.</summary>
    private sealed class RecordMasker(PiiAnalyzer analyzer, RepeatedTextCache repeats, TextMasker masker, List<(string Field, PiiEntityType Type)> counts)
    {
        private readonly List<(string Text, IReadOnlyList<PiiMatch> Matches)> _analysed = [];
        private readonly Dictionary<string, PiiEntityType> _known = new(StringComparer.Ordinal);
        private int _cursor;

        public void Write(JsonElement root, Utf8JsonWriter writer)
        {
            masker.ResetRecord();
            _analysed.Clear();
            _known.Clear();

            // Pass 1 analyses (in document order); pass 2 writes, reusing the analyses by position.
            Analyse(root);
            _cursor = 0;
            WriteElement(root, writer, field: "", role: null);
        }

        private void Analyse(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        // Roles are structure, written through untouched (WriteElement skips them the same way).
                        if (!property.NameEquals("role"))
                        {
                            Analyse(property.Value);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Analyse(item);
                    }

                    break;
                case JsonValueKind.String:
                    var text = element.GetString()!;
                    var matches = repeats.Analyze(analyzer, text);
                    PiiAnalyzer.CollectKnownValues(text, matches, _known);
                    _analysed.Add((text, matches));
                    break;
                default:
                    break;
            }
        }

        private void WriteElement(JsonElement element, Utf8JsonWriter writer, string field, string? role)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    var messageRole = element.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                    foreach (var property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        if (property.NameEquals("role"))
                        {
                            property.Value.WriteTo(writer);
                            continue;
                        }

                        WriteElement(property.Value, writer, FieldNames.Child(field, messageRole, property.Name), messageRole ?? role);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        WriteElement(item, writer, FieldNames.Item(field), role);
                    }

                    writer.WriteEndArray();
                    break;
                case JsonValueKind.String:
                    var (text, matches) = _analysed[_cursor++];
                    if (_known.Count > 0)
                    {
                        matches = analyzer.WithKnownValues(text, matches, _known);
                    }

                    writer.WriteStringValue(masker.Apply(text, matches, type => counts.Add((field, type))));
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
