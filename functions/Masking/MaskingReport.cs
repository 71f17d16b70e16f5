namespace Masking;

/// <summary>What masking changed: counts per entity type and per field. Never values.</summary>
public sealed class MaskingReport
{
    private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> _byField = new(StringComparer.Ordinal);

    /// <summary>The masking policy version applied.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>Records written to the output.</summary>
    public long RecordsWritten { get; internal set; }

    /// <summary>Records in which at least one value was masked.</summary>
    public long RecordsWithPii { get; internal set; }

    /// <summary>Values masked in all.</summary>
    public long TotalMasked { get; internal set; }

    /// <summary>Masked values per entity type (PERSON, EMAIL, …).</summary>
    public IReadOnlyDictionary<string, long> ByEntityType => _byType;

    /// <summary>Masked values per field (<c>messages[user].content</c>, <c>prompt</c>, …) and entity type.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, long>> ByField => _byField;

    internal void Count(string field, PiiEntityType type, long count = 1)
    {
        var name = type.ToName();
        TotalMasked += count;
        _byType[name] = _byType.GetValueOrDefault(name) + count;
        if (!_byField.TryGetValue(field, out var counts))
        {
            counts = new Dictionary<string, long>(StringComparer.Ordinal);
            _byField[field] = counts;
        }

        counts[name] = counts.GetValueOrDefault(name) + count;
    }
}
