using System.Globalization;
using System.Net;
using System.Text;
using Pipeline.GpuHost;
using Pipeline.Policy;

namespace Pipeline.Registry;

/// <summary>Renders the human-readable model card and its loss-curve image (SVG, no drawing library needed).</summary>
public static class ModelCard
{
    /// <summary>File name of the loss curve next to the card.</summary>
    public const string LossCurveFile = "loss-curve.svg";

    /// <summary>The card in Markdown. Contains hashes, counts and metrics only — never dataset content.</summary>
    public static string RenderMarkdown(ModelManifest manifest, bool hasLossCurve)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {manifest.ModelName} — version {manifest.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"LoRA adapter for `{manifest.BaseModel}`, trained by run `{manifest.RunId}` on {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC.")
            .AppendLine()
            .AppendLine("## Provenance")
            .AppendLine()
            .AppendLine("| item | SHA-256 |")
            .AppendLine("|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| base model | `{manifest.BaseModelSha256}` |")
            .AppendLine(CultureInfo.InvariantCulture, $"| raw dataset | `{manifest.RawDatasetSha256}` |")
            .AppendLine(CultureInfo.InvariantCulture, $"| masked dataset | `{manifest.MaskedDatasetSha256}` |")
            .AppendLine(CultureInfo.InvariantCulture, $"| train split | `{manifest.TrainSha256}` |")
            .AppendLine(CultureInfo.InvariantCulture, $"| eval split | `{manifest.EvalSha256}` |")
            .AppendLine(CultureInfo.InvariantCulture, $"| adapter ({manifest.AdapterBytes:N0} bytes) | `{manifest.AdapterSha256}` |")
            .AppendLine()
            .AppendLine("## Personal data handling")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Masking policy `{manifest.Masking.PolicyVersion}` (pipeline policy `{manifest.PolicyVersion}`): {manifest.Masking.TotalMasked:N0} values masked in {manifest.Masking.RecordsWithPii:N0} of {manifest.Masking.RecordsWritten:N0} records.")
            .AppendLine();
        if (manifest.Masking.ByEntityType.Count > 0)
        {
            md.AppendLine("| entity type | masked |").AppendLine("|---|---:|");
            foreach (var (type, count) in manifest.Masking.ByEntityType.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {count:N0} |");
            }

            md.AppendLine();
        }

        var h = manifest.Hyperparameters;
        md.AppendLine("## Training")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Job `{manifest.TrainingJobId}`: {h.NEpochs} epochs, batch {h.BatchSize}, learning rate {h.LearningRate}, LoRA rank {h.LoraRank}, alpha {h.LoraAlpha}, seed {h.Seed}.")
            .AppendLine();
        if (h.DpNoiseMultiplier is not null || h.DpTargetEpsilon is not null)
        {
            var noise = h.DpNoiseMultiplier is { } sigma
                ? string.Create(CultureInfo.InvariantCulture, $"Gaussian noise of {sigma} × the clip norm")
                : string.Create(CultureInfo.InvariantCulture, $"Gaussian noise calibrated for ε ≤ {h.DpTargetEpsilon}");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"Trained with DP-SGD: each step a Poisson sample of about {h.BatchSize} records, every record's gradient clipped to norm {h.DpClipNorm ?? 1.0}, {noise}.")
                .AppendLine();
        }
        if (hasLossCurve)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"![Training loss curve]({LossCurveFile})").AppendLine();
        }

        md.AppendLine("## Evaluation and gates").AppendLine().AppendLine("| metric | value | gate | result |").AppendLine("|---|---:|---|---|");
        var gated = manifest.Gates.ToDictionary(g => g.Metric, StringComparer.Ordinal);
        foreach (var (metric, value) in manifest.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var gate = gated.GetValueOrDefault(metric);
            md.AppendLine(CultureInfo.InvariantCulture, $"| {metric} | {value:G6} | {Describe(gate)} | {(gate is null ? "" : gate.Passed ? "pass" : "FAIL")} |");
        }

        foreach (var gate in manifest.Gates.Where(g => !manifest.Metrics.ContainsKey(g.Metric)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {gate.Metric} | missing | {Describe(gate)} | FAIL |");
        }

        AppendLimitations(md, manifest);
        md.AppendLine().AppendLine("## Approvals").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Submitted by `{manifest.Submitter}`.").AppendLine();
        md.AppendLine("| approver | decision | time (UTC) | comment |").AppendLine("|---|---|---|---|");
        foreach (var approval in manifest.Approvals)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(approval.Approver)} | {approval.Verdict.ToString().ToLowerInvariant()} | {approval.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} | {Cell(approval.Comment ?? "")} |");
        }

        return md.ToString();
    }

    /// <summary>
    /// A small standalone SVG line chart of training (and validation, when reported) loss per step. Returns null
    /// when there are fewer than two points to draw.
    /// </summary>
    /// <summary>
    /// What a reader must know before using the adapter, stated from this version's own figures: the data was
    /// pseudonymised rather than anonymised, and each probe's reach is limited (or the probe did not run).
    /// </summary>
    private static void AppendLimitations(StringBuilder md, ModelManifest manifest)
    {
        md.AppendLine().AppendLine("## Limitations and use").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- Trained on masked text: {manifest.Masking.TotalMasked:N0} recognised identifiers were replaced, and a second scan of the masked data passed the policy's residual limit. Masking is pseudonymisation, not anonymisation: identifiers the recognizers missed, and people identifiable from circumstances alone, can remain, so treat the adapter and its outputs as personal data.");
        md.AppendLine(manifest.Metrics.TryGetValue("pii_regurgitation_rate", out var rate)
            ? string.Create(CultureInfo.InvariantCulture, $"- Regurgitation probe: {rate * 100:0.#}% of held-out prompts led to generated text containing personal data the recognizers found. Route outputs through the inference front, which masks personal data in answers.")
            : "- Regurgitation was not measured for this version.");
        md.AppendLine(manifest.Metrics.TryGetValue("canary_exposure", out var exposure)
            ? string.Create(CultureInfo.InvariantCulture, $"- Memorisation probe: highest canary exposure {exposure:G3} bits. It tests a few planted secrets; it does not prove that no training record was memorised.")
            : "- Memorisation (canary exposure) was not measured for this version.");
        md.AppendLine(manifest.Metrics.TryGetValue(PrivacyMetrics.Epsilon, out var epsilon)
            ? string.Create(CultureInfo.InvariantCulture, $"- Differential privacy: (ε = {epsilon:0.##}, δ = {manifest.Metrics.GetValueOrDefault(PrivacyMetrics.Delta):G3}) per training record (DP-SGD, RDP accountant). This bounds how much any one record can change the adapter: a person in k records is protected at about k × ε, data that many records share is not hidden, and the evaluation figures on the held-out split are not covered.")
            : "- Not trained with differential privacy: the probes above are the only evidence about memorisation of individual records.");
        md.AppendLine(manifest.Metrics.TryGetValue("bias_gap", out var gap)
            ? string.Create(CultureInfo.InvariantCulture, $"- Bias probe: mean likelihood gap {gap:G3} between the policy's groups on its templates{(manifest.Metrics.TryGetValue("base_bias_gap", out var baseGap) ? string.Create(CultureInfo.InvariantCulture, $" (base model {baseGap:G3})") : "")}. A narrow probe, not a fairness audit: evaluate the use case itself before decisions about people rely on this model.")
            : "- Bias was not measured for this version.");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- Use it only for the purpose the training data was collected for, and only through the `{manifest.ModelName}` registry name, so that rollback and audit apply.");
    }

    /// <summary>How a retired version's card begins.</summary>
    public const string RetiredBanner = "> **Retired**";

    /// <summary>The notice put above a retired version's card: when, by whom, the reason's SHA-256, and that nothing serves it.</summary>
    public static string RetiredNotice(RetirementRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Create(CultureInfo.InvariantCulture,
            $"{RetiredBanner} on {record.RetiredAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by `{record.RetiredBy}` (reason SHA-256 `{record.ReasonSha256}`). This version is no longer served and its adapter is deleted; the card stays as the record of what was trained on what.\n\n");
    }

    public static string? RenderLossCurveSvg(IReadOnlyList<TrainingMetricPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var train = points.Where(p => p.TrainLoss is { } l && double.IsFinite(l)).ToList();
        var valid = points.Where(p => p.ValidLoss is { } l && double.IsFinite(l)).ToList();
        if (train.Count < 2)
        {
            return null;
        }

        const double Width = 640, Height = 320, Left = 56, Right = 16, Top = 24, Bottom = 40;
        var losses = train.Select(p => p.TrainLoss!.Value).Concat(valid.Select(p => p.ValidLoss!.Value)).ToList();
        var (minY, maxY) = (losses.Min(), losses.Max());
        if (maxY - minY < 1e-9)
        {
            (minY, maxY) = (minY - 0.5, maxY + 0.5);
        }

        var steps = train.Concat(valid).Select(p => p.Step).ToList();
        var (minX, maxX) = ((double)steps.Min(), (double)Math.Max(steps.Max(), steps.Min() + 1));
        string X(double step) => (Left + ((step - minX) / (maxX - minX) * (Width - Left - Right))).ToString("F1", CultureInfo.InvariantCulture);
        string Y(double loss) => (Top + ((maxY - loss) / (maxY - minY) * (Height - Top - Bottom))).ToString("F1", CultureInfo.InvariantCulture);
        string Label(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n")
            .Append("<title>Training loss</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 4}\" text-anchor=\"end\">{Label(maxY)}</text>\n")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\">{Label(minY)}</text>\n")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - Bottom + 16}\">step {Label(minX)}</text>\n")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - Bottom + 16}\" text-anchor=\"end\">step {Label(maxX)}</text>\n")
            .Append(CultureInfo.InvariantCulture, $"<polyline class=\"train\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"{string.Join(' ', train.Select(p => $"{X(p.Step)},{Y(p.TrainLoss!.Value)}"))}\"/>\n");
        if (valid.Count >= 2)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"valid\" fill=\"none\" stroke=\"#ff7f0e\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"{string.Join(' ', valid.Select(p => $"{X(p.Step)},{Y(p.ValidLoss!.Value)}"))}\"/>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Top - 6}\" text-anchor=\"end\"><tspan fill=\"#1f77b4\">train loss</tspan>{(valid.Count >= 2 ? " <tspan fill=\"#ff7f0e\">validation loss</tspan>" : "")}</text>\n")
            .Append("</svg>\n");
        return svg.ToString();
    }

    private static string Describe(GateResult? gate) => gate is null ? "" :
        $"{(gate.Comparison == GateComparison.AtMost ? "≤" : "≥")} {gate.Threshold.ToString("G6", CultureInfo.InvariantCulture)}";

    // Approver comments are free text: keep them from breaking the table or injecting markup.
    private static string Cell(string text) => WebUtility.HtmlEncode(text.ReplaceLineEndings(" ")).Replace("|", "\\|", StringComparison.Ordinal);
}
