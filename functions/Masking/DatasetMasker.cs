using System.Buffers;
using System.Runtime.CompilerServices;
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
    /// The scan (reading, validation, duplicate detection) runs in order on one thread; masking of each batch of
    /// records runs on the thread pool; a single writer puts results back in input order. At most a bounded number of
    /// batches are in flight, so memory stays constant whatever the dataset's size.
    /// </remarks>
    public async Task<DatasetMaskingResult> MaskAsync(Stream input, Stream output, IProgress<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        var report = new MaskingReport { PolicyVersion = _policy.Version };

        // Records go to the thread pool in batches: one hand-off per batch keeps pool threads busy instead of
        // waking (and spinning) once per record. At most a few batches are in flight, so memory stays bounded.
        var inFlight = Channel.CreateBounded<Task<MaskedBatch>>(new BoundedChannelOptions(Math.Max(2, Environment.ProcessorCount) * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        long? timedOutLine = null;
        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var pending in inFlight.Reader.ReadAllAsync(cancellationToken))
                {
                    var batch = await pending;
                    try
                    {
                        if (batch.TimedOutLine is { } line)
                        {
                            // The dataset is rejected: nothing more is written, the first slow line is named.
                            timedOutLine ??= line;
                            continue;
                        }

                        if (timedOutLine is not null)
                        {
                            continue;
                        }

                        // One write per batch: the records' bytes are already laid out in order in one buffer.
                        await output.WriteAsync(batch.Bytes, cancellationToken);
                        batch.AddTo(report);
                    }
                    finally
                    {
                        batch.Release();
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

        var documents = new List<(JsonDocument Document, long Line)>(BatchSize);
        var batchBytes = 0L;
        ValidationReport validation;
        try
        {
            validation = await DatasetScanner.ScanAsync(input, _validation, async record =>
            {
                documents.Add((record.Document, record.Line));
                batchBytes += record.ByteLength;
                if (documents.Count == BatchSize || batchBytes >= BatchBytes)
                {
                    await DispatchAsync(documents, inFlight.Writer, cancellationToken);
                    documents = new List<(JsonDocument Document, long Line)>(BatchSize);
                    batchBytes = 0;
                }

                return true;
            }, progress, cancellationToken);

            if (documents.Count > 0)
            {
                await DispatchAsync(documents, inFlight.Writer, cancellationToken);
            }
        }
        finally
        {
            inFlight.Writer.TryComplete();
        }

        await writer;
        await output.FlushAsync(cancellationToken);
        if (timedOutLine is { } slow)
        {
            validation.Add(new ValidationIssue(slow, IssueSeverity.Error, IssueCodes.AnalysisTimeout,
                $"masking this record took longer than {_validation.MaxAnalysisTimePerRecord.TotalSeconds:0.#} s; the dataset is rejected rather than stalled (report the line to the platform team)"));
        }

        return new DatasetMaskingResult(validation, report);
    }

    private const int BatchSize = 64;

    /// <summary>
    /// A batch closes at this many bytes of input too, so that long records (up to the line limit, 1 MiB by default) do not
    /// make the batches in flight, and the memory they hold, grow with the records' length: at most about this much input
    /// plus one line per batch, whatever the dataset (chat records of the benchmark, ~640 bytes, fill 64 long before).
    /// </summary>
    internal const long BatchBytes = 256 * 1024;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ValueTask DispatchAsync(List<(JsonDocument Document, long Line)> documents, ChannelWriter<Task<MaskedBatch>> inFlight, CancellationToken cancellationToken) =>
        inFlight.WriteAsync(Task.Run(() => MaskBatch(documents), cancellationToken), cancellationToken);

    /// <summary>
    /// Per-thread working state (writer, buffers, dictionaries), reused from batch to batch: allocating it per record
    /// cost more than the masking itself. A batch is masked by one thread from start to end, so no locking is needed.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<BatchMasker> _maskers = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MaskedBatch MaskBatch(List<(JsonDocument Document, long Line)> documents)
    {
        if (!_maskers.TryTake(out var masker))
        {
            masker = new BatchMasker(_analyzer, _repeats, new TextMasker(_policy, _key), _validation.MaxAnalysisTimePerRecord);
        }

        try
        {
            return masker.Mask(documents);
        }
        finally
        {
            _maskers.Add(masker);
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

        // ConcurrentDictionary.Count takes every lock of the dictionary; it was read on every miss, from every thread.
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            if (Volatile.Read(ref _count) < MaxEntries && _entries.TryAdd(text, matches))
            {
                Interlocked.Increment(ref _count);
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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>One batch's output: the masked records' bytes in order (in a pooled buffer) and what was masked.</summary>
    private sealed class MaskedBatch(byte[] buffer, int length, int records, int recordsWithPii, List<(string Field, PiiEntityType Type, long Count)> counts)
    {
        /// <summary>A batch that stopped at a record masking could not finish in time: nothing of it is written.</summary>
        public static MaskedBatch TimedOut(long line) => new([], 0, 0, 0, []) { TimedOutLine = line };

        public long? TimedOutLine { get; private init; }

        public ReadOnlyMemory<byte> Bytes => buffer.AsMemory(0, length);

        /// <summary>
        /// Adds the batch's counts to the report. Counts are kept per distinct (field, type) in order of first
        /// appearance, so the report's dictionaries fill in the same order as when values were counted one by one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddTo(MaskingReport report)
        {
            report.RecordsWritten += records;
            report.RecordsWithPii += recordsWithPii;
            foreach (var (field, type, count) in counts)
            {
                report.Count(field, type, count);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Release()
        {
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Masks batches of records into one pooled buffer; owned by one thread at a time.</summary>
    private sealed class BatchMasker
    {
        private readonly PooledBufferWriter _buffer = new();
        private readonly Utf8JsonWriter _writer;
        private readonly RecordMasker _record;
        private readonly List<(string Field, PiiEntityType Type)> _recordCounts = [];
        // Field names are the same cached instances record after record: compare them by reference. Should two equal
        // names ever be different instances, they get two entries, which the report adds up under one key all the same.
        private readonly Dictionary<(string Field, PiiEntityType Type), int> _countIndex = new(CountKeyComparer.Instance);

        public BatchMasker(PiiAnalyzer analyzer, RepeatedTextCache repeats, TextMasker masker, TimeSpan maxTimePerRecord)
        {
            _writer = new Utf8JsonWriter(_buffer, WriterOptions);
            _record = new RecordMasker(analyzer, repeats, masker, _recordCounts, maxTimePerRecord);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public MaskedBatch Mask(List<(JsonDocument Document, long Line)> documents)
        {
            _buffer.Start(documents.Count * 1024);
            var counts = new List<(string Field, PiiEntityType Type, long Count)>();
            _countIndex.Clear();
            var recordsWithPii = 0;
            var masked = 0;
            try
            {
                foreach (var (document, line) in documents)
                {
                    _recordCounts.Clear();
                    _writer.Reset(_buffer);
                    if (!_record.TryWrite(document.RootElement, _writer))
                    {
                        for (var i = masked; i < documents.Count; i++)
                        {
                            documents[i].Document.Dispose();
                        }

                        _buffer.Abandon();
                        return MaskedBatch.TimedOut(line);
                    }

                    _writer.Flush();
                    _buffer.Write("\n"u8);
                    document.Dispose();
                    masked++;

                    if (_recordCounts.Count > 0)
                    {
                        recordsWithPii++;
                    }

                    foreach (var key in _recordCounts)
                    {
                        if (_countIndex.TryGetValue(key, out var at))
                        {
                            counts[at] = (key.Field, key.Type, counts[at].Count + 1);
                        }
                        else
                        {
                            _countIndex[key] = counts.Count;
                            counts.Add((key.Field, key.Type, 1));
                        }
                    }
                }
            }
            catch
            {
                for (var i = masked; i < documents.Count; i++)
                {
                    documents[i].Document.Dispose();
                }

                _buffer.Abandon();
                throw;
            }

            var (buffer, length) = _buffer.Take();
            return new MaskedBatch(buffer, length, documents.Count, recordsWithPii, counts);
        }
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over pooled arrays whose filled array is handed on, not copied.</summary>
    private sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private byte[] _buffer = [];
        private int _written;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Start(int sizeHint)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, 4096));
            _written = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (byte[] Buffer, int Length) Take()
        {
            var taken = (_buffer, _written);
            _buffer = [];
            _written = 0;
            return taken;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Abandon()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = [];
            _written = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Advance(int count) => _written += count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Write(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_written));
            _written += bytes.Length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(bigger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = bigger;
        }
    }

    /// <summary>Masks one record: analyses every string, then masks recognised values wherever else they recur in the record.</summary>
    private sealed class RecordMasker(PiiAnalyzer analyzer, RepeatedTextCache repeats, TextMasker masker, List<(string Field, PiiEntityType Type)> counts, TimeSpan maxTime)
    {
        private readonly long _maxTicks = maxTime >= TimeSpan.Zero ? (long)(maxTime.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : long.MaxValue;
        private long _deadline;

        private readonly List<(string Text, IReadOnlyList<PiiMatch> Matches)> _analysed = [];
        private readonly KnownValues _known = new();

        // The string value before the current one in the record: a question at its end is the context of the answer
        // in the next message ("Can I take your full name?" → "harriet pennington-lowe").
        private string? _previousText;
        private int _cursor;

        // The shared field-name caches hash whole strings under a concurrent dictionary; the strings they return (and
        // the names and roles above) are the same few instances record after record, so a per-thread cache keyed by
        // reference answers first.
        private readonly Dictionary<(string Parent, string? Role, string Name), string> _children = new(ReferenceKeyComparer.Instance);
        private readonly Dictionary<string, string> _items = new(ReferenceEqualityComparer.Instance);

        // What each field name says about its value, by name (records repeat the same few).
        private readonly Dictionary<string, PiiEntityType?> _fieldTypes = new(StringComparer.Ordinal);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private PiiEntityType? FieldType(string name)
        {
            if (!_fieldTypes.TryGetValue(name, out var type))
            {
                type = Recognizers.FieldKeywords.TypeOf(name);
                if (_fieldTypes.Count < 256)
                {
                    _fieldTypes[name] = type;
                }
            }

            return type;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string ChildField(string parent, string? role, string name)
        {
            if (!_children.TryGetValue((parent, role, name), out var field))
            {
                field = FieldNames.Child(parent, role, name);
                if (_children.Count < 256)
                {
                    _children[(parent, role, name)] = field;
                }
            }

            return field;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string ItemField(string parent)
        {
            if (!_items.TryGetValue(parent, out var field))
            {
                field = FieldNames.Item(parent);
                if (_items.Count < 256)
                {
                    _items[parent] = field;
                }
            }

            return field;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        /// <summary>Writes the masked record; false when analysing it took longer than the budget (nothing usable written).</summary>
        public bool TryWrite(JsonElement root, Utf8JsonWriter writer)
        {
            masker.ResetRecord();
            _analysed.Clear();
            _known.Clear();
            _previousText = null;
            _deadline = System.Diagnostics.Stopwatch.GetTimestamp() + Math.Min(_maxTicks, long.MaxValue / 2);

            // Pass 1 analyses (in document order); pass 2 writes, reusing the analyses by position. The budget is checked
            // after each string: every analysis step is linear in its text, so a record over budget is one of very many
            // strings or a slow path nobody has found yet. Per-pattern timeouts cost 13 % of analysis time and are not
            // set; a host that sets the process-wide default (REGEX_DEFAULT_MATCH_TIMEOUT) gets them, and a timeout
            // counts as over budget.
            try
            {
                if (!Analyse(root))
                {
                    return false;
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                return false;
            }

            _cursor = 0;
            WriteElement(root, writer, field: "", role: null);
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Analyse(JsonElement element, PiiEntityType? fieldType = null)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        // Roles are structure, written through untouched (WriteElement skips them the same way). A string
                        // field's name may say what its value is ("patient", "ssn", "memberId").
                        var named = property.Value.ValueKind == JsonValueKind.String ? FieldType(Names.Property(property)) : null;
                        if (!property.NameEquals("role"u8) && !Analyse(property.Value, named))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!Analyse(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.String:
                    var text = element.GetString()!;
                    var question = Question(_previousText);
                    _previousText = text;
                    var matches = question is null ? repeats.Analyze(analyzer, text) : AnalyzeAnswer(question, text);
                    if (fieldType is { } type)
                    {
                        var value = text.AsSpan().Trim();
                        var start = text.Length - text.AsSpan().TrimStart().Length;
                        if (!value.IsEmpty && Recognizers.FieldKeywords.Plausible(type, value) && !PiiAnalyzer.CoveredSorted(matches, start, start + value.Length))
                        {
                            matches = analyzer.WithWholeValue(matches, type, start, value.Length);
                        }
                    }

                    PiiAnalyzer.CollectKnownValues(text, matches, _known.Values);
                    _analysed.Add((text, matches));
                    return System.Diagnostics.Stopwatch.GetTimestamp() <= _deadline;
                default:
                    return true;
            }
        }

        /// <summary>The last line of <paramref name="previous"/> when it asks a question (at most 240 characters of it), else null.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static string? Question(string? previous)
        {
            var trimmed = previous.AsSpan().TrimEnd();
            if (trimmed.IsEmpty || trimmed[^1] != '?')
            {
                return null;
            }

            var line = trimmed[(trimmed.LastIndexOf('\n') + 1)..];
            return line[Math.Max(0, line.Length - 240)..].ToString();
        }

        /// <summary>
        /// <paramref name="text"/> analysed as the next line after <paramref name="question"/>, so that the rules for
        /// answers on the next line of a transcript see the question; spans inside the question are dropped.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private IReadOnlyList<PiiMatch> AnalyzeAnswer(string question, string text)
        {
            var offset = question.Length + 1;
            var combined = repeats.Analyze(analyzer, string.Concat(question, "\n", text));
            var matches = new List<PiiMatch>(combined.Count);
            foreach (var match in combined)
            {
                if (match.End > offset)
                {
                    var start = Math.Max(match.Start, offset);
                    matches.Add(match with { Start = start - offset, Length = match.End - start });
                }
            }

            return matches;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteElement(JsonElement element, Utf8JsonWriter writer, string field, string? role)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    var messageRole = element.TryGetProperty("role"u8, out var r) && r.ValueKind == JsonValueKind.String ? Names.Role(r) : null;
                    foreach (var property in element.EnumerateObject())
                    {
                        var name = Names.Property(property);
                        writer.WritePropertyName(name);
                        if (property.NameEquals("role"u8))
                        {
                            property.Value.WriteTo(writer);
                            continue;
                        }

                        WriteElement(property.Value, writer, ChildField(field, messageRole, name), messageRole ?? role);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        WriteElement(item, writer, ItemField(field), role);
                    }

                    writer.WriteEndArray();
                    break;
                case JsonValueKind.String:
                    var (text, matches) = _analysed[_cursor++];
                    if (_known.Count > 0)
                    {
                        matches = analyzer.WithKnownValues(text, matches, _known);
                    }

                    if (matches.Count == 0)
                    {
                        writer.WriteStringValue(text);
                        break;
                    }

                    writer.WriteStringValue(masker.Apply(text, matches, counts, field));
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }

    private sealed class CountKeyComparer : IEqualityComparer<(string Field, PiiEntityType Type)>
    {
        public static readonly CountKeyComparer Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals((string Field, PiiEntityType Type) x, (string Field, PiiEntityType Type) y) =>
            ReferenceEquals(x.Field, y.Field) && x.Type == y.Type;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode((string Field, PiiEntityType Type) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Field), key.Type);
    }

    private sealed class ReferenceKeyComparer : IEqualityComparer<(string Parent, string? Role, string Name)>
    {
        public static readonly ReferenceKeyComparer Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals((string Parent, string? Role, string Name) x, (string Parent, string? Role, string Name) y) =>
            ReferenceEquals(x.Parent, y.Parent) && ReferenceEquals(x.Role, y.Role) && ReferenceEquals(x.Name, y.Name);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode((string Parent, string? Role, string Name) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Parent),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Role), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Name));
    }

    /// <summary>
    /// The strings a record's structure repeats in every record (property names, roles), matched on their UTF-8 bytes
    /// so that they are not allocated again for each record; anything else is read as usual.
    /// </summary>
    private static class Names
    {
        private static readonly string[] Known = ["messages", "role", "content", "weight", "name", "prompt", "completion"];
        private static readonly byte[][] KnownUtf8 = Known.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        private static readonly string[] Roles = ["system", "user", "assistant"];
        private static readonly byte[][] RolesUtf8 = Roles.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static string Property(JsonProperty property)
        {
            for (var i = 0; i < KnownUtf8.Length; i++)
            {
                if (property.NameEquals(KnownUtf8[i]))
                {
                    return Known[i];
                }
            }

            return property.Name;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static string? Role(JsonElement role)
        {
            for (var i = 0; i < RolesUtf8.Length; i++)
            {
                if (role.ValueEquals(RolesUtf8[i]))
                {
                    return Roles[i];
                }
            }

            return role.GetString();
        }
    }
}
