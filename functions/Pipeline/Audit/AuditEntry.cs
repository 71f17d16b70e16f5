using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Pipeline.Audit;

/// <summary>
/// One line of the audit chain. <see cref="Details"/> holds metadata only (ids, hashes, counts, statuses) —
/// never prompts, dataset content or personal data; callers hash free text before it gets here.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    string Actor,
    string Action,
    string Subject,
    IReadOnlyDictionary<string, string> Details,
    string PreviousHash,
    string Hash)
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The detail key under which a caller-supplied idempotency key travels (see <see cref="AuditLog"/>).</summary>
    public const string EventIdKey = "eventId";

    /// <summary>Builds the entry that follows <paramref name="previousHash"/>, computing its hash.</summary>
    public static AuditEntry Create(long sequence, DateTimeOffset time, string actor, string action, string subject, IReadOnlyDictionary<string, string> details, string previousHash)
    {
        var sorted = new SortedDictionary<string, string>(details.ToDictionary(), StringComparer.Ordinal);
        var unsigned = new AuditEntry(sequence, time.ToUniversalTime(), actor, action, subject, sorted, previousHash, "");
        return unsigned with { Hash = unsigned.ComputeHash() };
    }

    /// <summary>SHA-256 (lower-case hex) over the canonical JSON of every field but <see cref="Hash"/>.</summary>
    public string ComputeHash()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteFields(writer);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The stored form: the canonical fields followed by the hash, one line, no trailing newline.</summary>
    public byte[] ToJsonLine()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteFields(writer);
            writer.WriteString("hash", Hash);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses a stored line; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static AuditEntry Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line.ToArray());
            var root = document.RootElement;
            var details = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.GetProperty("details").EnumerateObject())
            {
                details[property.Name] = property.Value.GetString() ?? throw new FormatException($"detail \"{property.Name}\" is not a string");
            }

            return new AuditEntry(
                root.GetProperty("sequence").GetInt64(),
                DateTimeOffset.ParseExact(root.GetProperty("time").GetString()!, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                root.GetProperty("actor").GetString()!,
                root.GetProperty("action").GetString()!,
                root.GetProperty("subject").GetString()!,
                details,
                root.GetProperty("previousHash").GetString()!,
                root.GetProperty("hash").GetString()!);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"not a valid audit entry: {ex.Message}", ex);
        }
    }

    // Round-trips exactly (7 fractional digits, always UTC), so verification re-serialises what was hashed.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private void WriteFields(Utf8JsonWriter writer)
    {
        // Fixed property order, ordinal-sorted details, default (ASCII-escaping) encoder: one canonical byte form.
        writer.WriteStartObject();
        writer.WriteNumber("sequence", Sequence);
        writer.WriteString("time", Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
        writer.WriteString("actor", Actor);
        writer.WriteString("action", Action);
        writer.WriteString("subject", Subject);
        writer.WriteStartObject("details");
        foreach (var (key, value) in Details.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteString("previousHash", PreviousHash);
    }
}

/// <summary>The outcome of recomputing the chain.</summary>
/// <param name="IsValid">True when every entry's hash, link and sequence check out.</param>
/// <param name="EntriesChecked">Entries that were verified good before the first broken one (or all).</param>
/// <param name="FirstBrokenSequence">The sequence number of the first entry that does not verify.</param>
/// <param name="Reason">Why that entry does not verify.</param>
/// <param name="LastHash">The hash of the last good entry (the chain head when valid).</param>
public sealed record AuditVerification(bool IsValid, long EntriesChecked, long? FirstBrokenSequence, string? Reason, string LastHash);

/// <summary>What a caller asks to record.</summary>
/// <param name="Actor">Who acted: a user principal name, an app id, or <c>pipeline</c>.</param>
/// <param name="Action">A stable dotted verb such as <c>run.started</c> or <c>approval.recorded</c>.</param>
/// <param name="Subject">What it was done to: a run id, <c>models/{name}/versions/{n}</c>, an alias.</param>
/// <param name="Details">Metadata only; never content or personal data.</param>
/// <param name="EventId">Optional idempotency key: a retried append with the same id is not written twice.</param>
public sealed record AuditEvent(string Actor, string Action, string Subject, IReadOnlyDictionary<string, string>? Details = null, string? EventId = null);
