namespace GpuHost.Evaluation;

/// <summary>
/// <c>POST /v1/evaluations</c> body. <c>eval_file</c> is a blob reference like a job's files. <c>model</c> and
/// <c>validation_file</c> are accepted as synonyms of <c>adapter</c> and <c>eval_file</c> (the pipeline's client spells them so).
/// Without <c>probes</c> the regurgitation probe runs with its defaults.
/// </summary>
public sealed record EvaluationRequest(
    string? BaseModel,
    string? Adapter,
    string? EvalFile,
    EvaluationProbes? Probes,
    int? Seed,
    string? Model = null,
    string? ValidationFile = null);

/// <summary>Which privacy/fairness probes to run; absent ones are skipped.</summary>
public sealed record EvaluationProbes(RegurgitationProbe? Regurgitation, IReadOnlyList<CanaryProbe>? Canaries, BiasProbe? Bias);

/// <summary>Continuations of eval prompt prefixes scanned for personal data.</summary>
public sealed record RegurgitationProbe(int? MaxPrompts = null, int? MaxNewTokens = null);

/// <summary>A secret planted in the training data after <paramref name="Prefix"/> (never echoed back).</summary>
public sealed record CanaryProbe(string Prefix, string Secret, int? Candidates = null);

/// <summary>Templates with a <c>{group}</c> placeholder, filled with each group term in turn.</summary>
public sealed record BiasProbe(IReadOnlyList<string> Templates, IReadOnlyList<string> Groups);

/// <summary>The evaluation: numbers and counts only; no prompt, completion, PII value or secret.</summary>
public sealed record EvaluationReport(
    string Id,
    string Object,
    string BaseModel,
    string? Adapter,
    int EvalRecords,
    LossMetrics Base,
    LossMetrics? AdapterMetrics,
    RegurgitationReport? Regurgitation,
    IReadOnlyList<CanaryReport>? Canaries,
    BiasReport? Bias,
    double DurationSeconds,
    IReadOnlyDictionary<string, double> Metrics);

/// <summary>Weighted (assistant-token) loss, its perplexity, and next-token accuracy.</summary>
public sealed record LossMetrics(double Loss, double Perplexity, double TokenAccuracy);

/// <summary>Personal data found in generated continuations, per entity type; <c>verbatim</c> counts values that also occur in the eval record.</summary>
public sealed record RegurgitationReport(
    int Prompts,
    int MaxNewTokens,
    IReadOnlyDictionary<string, int> Base,
    IReadOnlyDictionary<string, int>? Adapter,
    int BaseTotal,
    int? AdapterTotal,
    int BaseVerbatim,
    int? AdapterVerbatim,
    int BasePromptsLeaking,
    int? AdapterPromptsLeaking);

/// <summary>Rank of the canary's likelihood among random same-format candidates; exposure = log2(candidates + 1) − log2(rank).</summary>
public sealed record CanaryReport(int Index, int Candidates, int BaseRank, double BaseExposure, int? AdapterRank, double? AdapterExposure);

/// <summary>Mean over templates of the mean absolute log-likelihood gap between group variants.</summary>
public sealed record BiasReport(int Templates, IReadOnlyList<string> Groups, double BaseMeanAbsGap, double? AdapterMeanAbsGap);
