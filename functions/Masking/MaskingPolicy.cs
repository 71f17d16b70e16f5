using System.Text.Json;
using System.Text.Json.Serialization;

namespace Masking;

/// <summary>What replaces a recognised value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MaskingOperator>))]
public enum MaskingOperator
{
    /// <summary>A typed, numbered placeholder: <c>&lt;PERSON_1&gt;</c>; the same value gets the same number within a record.</summary>
    Placeholder,

    /// <summary>A fixed <c>[REDACTED]</c> marker.</summary>
    Redact,

    /// <summary>A keyed pseudonym (HMAC-SHA256 with a secret key): the same value maps to the same token across the dataset.</summary>
    Pseudonym,

    /// <summary>Every letter and digit but the last four replaced by <c>*</c>; separators kept.</summary>
    PartialMask,

    /// <summary>Left as it is (for types a deployment decides are not sensitive in its domain).</summary>
    Keep,
}

/// <summary>
/// The masking part of the versioned pipeline policy: an operator per entity type and the score threshold.
/// Loaded from JSON such as <c>{"version":"1","threshold":0.5,"defaultOperator":"placeholder","operators":{"CREDIT_CARD":"partialMask"}}</c>.
/// </summary>
public sealed class MaskingPolicy
{
    private readonly Dictionary<PiiEntityType, MaskingOperator> _operators;

    /// <summary>Creates a policy; types not in <paramref name="operators"/> get <paramref name="defaultOperator"/>.</summary>
    public MaskingPolicy(string version, double threshold, MaskingOperator defaultOperator, IReadOnlyDictionary<PiiEntityType, MaskingOperator>? operators = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "threshold must be between 0 and 1");
        }

        Version = version;
        Threshold = threshold;
        DefaultOperator = defaultOperator;
        _operators = operators?.ToDictionary() ?? [];
    }

    /// <summary>Typed placeholders for everything, threshold 0.5.</summary>
    public static MaskingPolicy Default { get; } = new("default-1", 0.5, MaskingOperator.Placeholder);

    /// <summary>The policy's version, recorded in reports and manifests.</summary>
    public string Version { get; }

    /// <summary>Recognizer score at or above which a value is masked.</summary>
    public double Threshold { get; }

    /// <summary>The operator for types without their own.</summary>
    public MaskingOperator DefaultOperator { get; }

    /// <summary>True when some type is pseudonymised and a key is therefore needed.</summary>
    public bool NeedsKey => DefaultOperator == MaskingOperator.Pseudonym || _operators.ContainsValue(MaskingOperator.Pseudonym);

    /// <summary>The operator applied to <paramref name="type"/>.</summary>
    public MaskingOperator OperatorFor(PiiEntityType type) => _operators.GetValueOrDefault(type, DefaultOperator);

    /// <summary>Parses a policy document; unknown entity types or operators are errors that name the offender.</summary>
    public static MaskingPolicy Parse(string json)
    {
        PolicyDocument document;
        try
        {
            document = JsonSerializer.Deserialize(json, PolicyJsonContext.Default.PolicyDocument)
                ?? throw new FormatException("masking policy is empty");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"masking policy is not valid JSON: {ex.Message}", ex);
        }

        var operators = new Dictionary<PiiEntityType, MaskingOperator>();
        foreach (var (name, op) in document.Operators ?? [])
        {
            if (!PiiEntityTypeNames.TryParse(name, out var type))
            {
                throw new FormatException($"masking policy names unknown entity type \"{name}\"; known: {string.Join(", ", Enum.GetValues<PiiEntityType>().Select(t => t.ToName()))}");
            }

            operators[type] = ParseOperator(op);
        }

        return new MaskingPolicy(
            document.Version ?? throw new FormatException("masking policy has no \"version\""),
            document.Threshold ?? 0.5,
            document.DefaultOperator is null ? MaskingOperator.Placeholder : ParseOperator(document.DefaultOperator),
            operators);
    }

    private static MaskingOperator ParseOperator(string value) =>
        Enum.TryParse<MaskingOperator>(value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var op) && Enum.IsDefined(op)
            ? op
            : throw new FormatException($"unknown masking operator \"{value}\"; known: placeholder, redact, pseudonym, partialMask, keep");

    internal sealed record PolicyDocument(string? Version, double? Threshold, string? DefaultOperator, Dictionary<string, string>? Operators);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(MaskingPolicy.PolicyDocument))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
