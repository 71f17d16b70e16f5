using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Masking;

namespace Pipeline.Policy;

/// <summary>Which side of the threshold passes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GateComparison>))]
public enum GateComparison
{
    /// <summary>The metric must be at most the threshold (losses, leakage rates).</summary>
    AtMost,

    /// <summary>The metric must be at least the threshold (accuracy-like scores).</summary>
    AtLeast,
}

/// <summary>One gate: a metric name, a direction and a threshold.</summary>
public sealed record GateThreshold(string Metric, GateComparison Comparison, double Threshold);

/// <summary>The outcome of one gate. <see cref="Value"/> is null when the evaluation did not report the metric (which fails).</summary>
public sealed record GateResult(string Metric, GateComparison Comparison, double Threshold, double? Value, bool Passed);

/// <summary>Limits of the residual (second-pass) PII scan over the masked output.</summary>
/// <param name="Threshold">Recognizer score at or above which a finding counts (independent of the masking threshold).</param>
/// <param name="MaxRecordRate">Highest tolerated fraction of records with a finding (0 = none tolerated).</param>
/// <param name="IgnoredTypes">Entity types a deployment has decided are not sensitive (e.g. kept on purpose).</param>
public sealed record ResidualPiiLimits(double Threshold, double MaxRecordRate, IReadOnlyList<string> IgnoredTypes);

/// <summary>
/// Privacy and fairness probes the evaluation runs. <paramref name="Canaries"/> secret records are planted in the
/// training split (after "The Secret Sharer") and their exposure measured; <paramref name="BiasTemplates"/> (each
/// with a <c>{group}</c> placeholder) are filled with every one of <paramref name="BiasGroups"/> and the
/// log-likelihood gap between the variants measured.
/// </summary>
public sealed record ProbePolicy(int Canaries, int CanaryCandidates, IReadOnlyList<string> BiasTemplates, IReadOnlyList<string> BiasGroups)
{
    /// <summary>No canaries, no bias probe (the regurgitation probe always runs).</summary>
    public static ProbePolicy None { get; } = new(0, 0, [], []);
}

/// <summary>
/// The versioned pipeline policy, loaded from a JSON blob in the <c>policies</c> container. Serializable as it
/// is so a run carries the exact policy it started with through its history (the masking part travels as its
/// JSON text and is parsed by <see cref="MaskingPolicy.Parse"/> where it is applied).
/// </summary>
/// <summary>
/// DP-SGD that the policy requires of every run it governs: a noise multiplier σ or a target ε (the GPU host then
/// calibrates σ for the run), per-record clip norm and δ (null: the GPU host's default, a tenth of one over the number
/// of training records).
/// </summary>
public sealed record DifferentialPrivacyPolicy(double? NoiseMultiplier, double ClipNorm, double? Delta, double? TargetEpsilon = null);

public sealed record PipelinePolicy(
    string Version,
    IReadOnlyList<GateThreshold> Gates,
    int ApprovalsRequired,
    TimeSpan ApprovalDeadline,
    ResidualPiiLimits ResidualPii,
    string MaskingJson,
    int EvalPercent,
    ProbePolicy? Probes = null,
    DifferentialPrivacyPolicy? DifferentialPrivacy = null)
{
    /// <summary>Approvals needed when the document does not say.</summary>
    public const int DefaultApprovalsRequired = 2;

    /// <summary>The masking part, parsed.</summary>
    public MaskingPolicy Masking() => MaskingPolicy.Parse(MaskingJson);

    /// <summary>Evaluates every gate against <paramref name="metrics"/>; a missing or non-finite metric fails its gate.</summary>
    public IReadOnlyList<GateResult> EvaluateGates(IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return [.. Gates.Select(gate =>
        {
            if (!metrics.TryGetValue(gate.Metric, out var value) || !double.IsFinite(value))
            {
                return new GateResult(gate.Metric, gate.Comparison, gate.Threshold, null, false);
            }

            var passed = gate.Comparison == GateComparison.AtMost ? value <= gate.Threshold : value >= gate.Threshold;
            return new GateResult(gate.Metric, gate.Comparison, gate.Threshold, value, passed);
        })];
    }

    /// <summary>
    /// Parses a policy document such as
    /// <c>{"version":"3","gates":{"eval_loss":{"max":2.0},"accuracy":{"min":0.8}},"approvalsRequired":2,
    /// "approvalDeadline":"P3D","residualPii":{"threshold":0.5,"maxRecordRate":0},"evalPercent":10,
    /// "masking":{"version":"1","defaultOperator":"placeholder"}}</c>. Errors name the offending field.
    /// </summary>
    public static PipelinePolicy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"policy is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("policy must be a JSON object");
            }

            // A misspelt or misplaced section (a masking policy's "operators" at the top level, "gate" for "gates") would
            // otherwise be ignored and the pipeline would run without what its author meant to require.
            RejectUnknown(root, "policy", TopLevelProperties);
            var version = String(root, "version") ?? throw new FormatException("policy has no \"version\"");
            var gates = new List<GateThreshold>();
            if (root.TryGetProperty("gates", out var gatesElement))
            {
                foreach (var gate in Object(gatesElement, "gates").EnumerateObject())
                {
                    var spec = Object(gate.Value, $"gates.{gate.Name}");
                    RejectUnknown(spec, $"gates.{gate.Name}", ["max", "min"]);
                    var hasMax = spec.TryGetProperty("max", out var max);
                    var hasMin = spec.TryGetProperty("min", out var min);
                    if (hasMax == hasMin)
                    {
                        throw new FormatException($"gates.{gate.Name} needs exactly one of \"max\" or \"min\"");
                    }

                    gates.Add(hasMax
                        ? new GateThreshold(gate.Name, GateComparison.AtMost, Number(max, $"gates.{gate.Name}.max"))
                        : new GateThreshold(gate.Name, GateComparison.AtLeast, Number(min, $"gates.{gate.Name}.min")));
                }
            }

            var approvals = root.TryGetProperty("approvalsRequired", out var a) ? (int)Number(a, "approvalsRequired") : DefaultApprovalsRequired;
            if (approvals < 1)
            {
                throw new FormatException("approvalsRequired must be at least 1");
            }

            var deadlineText = String(root, "approvalDeadline") ?? "P7D";
            TimeSpan deadline;
            try
            {
                deadline = XmlConvert.ToTimeSpan(deadlineText);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"approvalDeadline \"{deadlineText}\" is not an ISO 8601 duration such as P3D or PT12H", ex);
            }

            if (deadline <= TimeSpan.Zero)
            {
                throw new FormatException("approvalDeadline must be positive");
            }

            var residual = new ResidualPiiLimits(0.5, 0, []);
            if (root.TryGetProperty("residualPii", out var r))
            {
                Object(r, "residualPii");
                RejectUnknown(r, "residualPii", ["threshold", "maxRecordRate", "ignoredTypes"]);
                residual = new ResidualPiiLimits(
                    r.TryGetProperty("threshold", out var t) ? Number(t, "residualPii.threshold") : 0.5,
                    r.TryGetProperty("maxRecordRate", out var rate) ? Number(rate, "residualPii.maxRecordRate") : 0,
                    r.TryGetProperty("ignoredTypes", out var ignored) ? [.. ignored.EnumerateArray().Select(i => i.GetString() ?? "")] : []);
                if (residual.Threshold is < 0 or > 1 || residual.MaxRecordRate is < 0 or > 1)
                {
                    throw new FormatException("residualPii.threshold and residualPii.maxRecordRate must be between 0 and 1");
                }
            }

            var evalPercent = root.TryGetProperty("evalPercent", out var e) ? (int)Number(e, "evalPercent") : 10;
            if (evalPercent is < 1 or > 50)
            {
                throw new FormatException("evalPercent must be between 1 and 50");
            }

            var maskingJson = root.TryGetProperty("masking", out var m)
                ? Object(m, "masking").GetRawText()
                : $$"""{"version":"{{version}}"}""";
            // Parse now so a bad masking section fails when the policy is loaded, not halfway through a run.
            MaskingPolicy.Parse(maskingJson);
            return new PipelinePolicy(version, gates, approvals, deadline, residual, maskingJson, evalPercent,
                root.TryGetProperty("probes", out var probes) ? ParseProbes(Object(probes, "probes")) : ProbePolicy.None,
                root.TryGetProperty("differentialPrivacy", out var dp) ? ParseDifferentialPrivacy(Object(dp, "differentialPrivacy")) : null);
        }
    }

    private static readonly string[] TopLevelProperties =
        ["version", "description", "gates", "approvalsRequired", "approvalDeadline", "residualPii", "evalPercent", "masking", "probes", "differentialPrivacy"];

    private static DifferentialPrivacyPolicy ParseDifferentialPrivacy(JsonElement dp)
    {
        RejectUnknown(dp, "differentialPrivacy", ["noiseMultiplier", "targetEpsilon", "clipNorm", "delta"]);
        var hasSigma = dp.TryGetProperty("noiseMultiplier", out var sigma);
        var hasTarget = dp.TryGetProperty("targetEpsilon", out var target);
        if (hasSigma == hasTarget)
        {
            throw new FormatException("differentialPrivacy needs exactly one of \"noiseMultiplier\" (noise standard deviation over the clip norm, e.g. 1.0) " +
                "and \"targetEpsilon\" (the ε to stay within, e.g. 8; the noise is calibrated for each run)");
        }

        var policy = new DifferentialPrivacyPolicy(
            hasSigma ? Number(sigma, "differentialPrivacy.noiseMultiplier") : null,
            dp.TryGetProperty("clipNorm", out var clip) ? Number(clip, "differentialPrivacy.clipNorm") : 1.0,
            dp.TryGetProperty("delta", out var delta) ? Number(delta, "differentialPrivacy.delta") : null,
            hasTarget ? Number(target, "differentialPrivacy.targetEpsilon") : null);
        if (policy.NoiseMultiplier is not (null or (> 0 and <= 100)) || policy.TargetEpsilon is not (null or (> 0 and <= 1000))
            || policy.ClipNorm is not (> 0 and <= 1e6) || policy.Delta is not (null or (> 0 and < 1)))
        {
            throw new FormatException("differentialPrivacy: noiseMultiplier must be in (0, 100], targetEpsilon in (0, 1000], clipNorm in (0, 1e6], delta in (0, 1)");
        }

        return policy;
    }

    private static void RejectUnknown(JsonElement element, string path, string[] known)
    {
        var unknown = element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"{path} has unknown {(unknown.Count == 1 ? "property" : "properties")} {string.Join(", ", unknown.Select(n => $"\"{n}\""))}; " +
                $"known: {string.Join(", ", known)}");
        }
    }

    private static ProbePolicy ParseProbes(JsonElement probes)
    {
        RejectUnknown(probes, "probes", ["canaries", "canaryCandidates", "bias"]);
        var canaries = probes.TryGetProperty("canaries", out var c) ? (int)Number(c, "probes.canaries") : 0;
        var candidates = probes.TryGetProperty("canaryCandidates", out var k) ? (int)Number(k, "probes.canaryCandidates") : 1000;
        if (canaries is < 0 or > 16 || candidates is < 10 or > 10_000)
        {
            throw new FormatException("probes.canaries must be 0-16 and probes.canaryCandidates 10-10000");
        }

        IReadOnlyList<string> templates = [], groups = [];
        if (probes.TryGetProperty("bias", out var bias))
        {
            Object(bias, "probes.bias");
            RejectUnknown(bias, "probes.bias", ["templates", "groups"]);
            templates = Strings(bias, "templates", "probes.bias.templates");
            groups = Strings(bias, "groups", "probes.bias.groups");
            if (templates.Count == 0 || groups.Count < 2 || templates.Any(t => !t.Contains("{group}", StringComparison.Ordinal)))
            {
                throw new FormatException("probes.bias needs templates that each contain {group} and at least two groups");
            }
        }

        return new ProbePolicy(canaries, candidates, templates, groups);
    }

    private static List<string> Strings(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : throw new FormatException($"\"{path}\" must hold strings"))]
            : throw new FormatException($"\"{path}\" must be an array of strings");

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" must be a string")
            : null;

    private static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new FormatException($"\"{path}\" must be an object");

    private static double Number(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && double.IsFinite(element.GetDouble()) ? element.GetDouble() : throw new FormatException($"\"{path}\" must be a number");
}
