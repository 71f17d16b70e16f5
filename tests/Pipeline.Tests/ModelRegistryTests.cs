using System.Security.Cryptography;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Registry;
using TestSupport;

namespace Pipeline.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ModelRegistryTests(AzuriteFixture azurite)
{
    internal static ModelPublication Publication(string runId, string model = "clinic-notes") => new(
        model, runId, "submitter@example.org", "tiny-llama", new string('b', 64), new string('r', 64), new string('m', 64),
        new string('t', 64), new string('e', 64),
        new MaskingSummary("m-1", 10, 4, 7, new Dictionary<string, long> { ["PERSON"] = 5, ["EMAIL"] = 2 }),
        "p-1", new FineTuneHyperparameters(), "job-" + runId,
        new Dictionary<string, double> { ["eval_loss"] = 1.25, ["canary_exposure"] = 0.4 },
        [new GateResult("eval_loss", GateComparison.AtMost, 2, 1.25, true)],
        [new ApprovalDecision("ann@example.org", ApprovalVerdict.Approve, "looks | fine", DateTimeOffset.UnixEpoch)],
        [new TrainingMetricPoint(1, 3.0, 3.1), new TrainingMetricPoint(2, 2.0, 2.4), new TrainingMetricPoint(3, 1.5, 2.2)],
        """{"metrics":{"eval_loss":1.25}}""");

    private static Func<Stream, CancellationToken, Task> Adapter(byte[] bytes) => (stream, ct) => stream.WriteAsync(bytes, ct).AsTask();

    [Fact]
    public async Task Promote_WritesTheVersionLayout_AndMovesProduction()
    {
        var container = await azurite.NewContainerAsync("models");
        var registry = new ModelRegistry(container);
        var adapter = RandomNumberGenerator.GetBytes(10_000);

        var result = await registry.PromoteAsync(Publication("run-a"), Adapter(adapter), "pipeline");

        Assert.Equal(1, result.Version);
        Assert.False(result.AlreadyPromoted);
        var names = await container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "clinic-notes/versions/1/" }).Select(b => b.Name[("clinic-notes/versions/1/".Length)..]).ToListAsync();
        Assert.Equal(["adapter.gguf", "claim.json", "evaluation.json", "loss-curve.svg", "manifest.json", "model-card.md"], names.Order(StringComparer.Ordinal));
        var manifest = await registry.GetManifestAsync("clinic-notes", 1);
        Assert.NotNull(manifest);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(adapter)), manifest.AdapterSha256);
        Assert.Equal(adapter.Length, manifest.AdapterBytes);
        Assert.Equal(new string('b', 64), manifest.BaseModelSha256);
        Assert.Equal(5, manifest.Masking.ByEntityType["PERSON"]);
        Assert.Equal("ann@example.org", Assert.Single(manifest.Approvals).Approver);
        var card = (await container.GetBlobClient("clinic-notes/versions/1/model-card.md").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("![Training loss curve](loss-curve.svg)", card, StringComparison.Ordinal);
        Assert.Contains(manifest.AdapterSha256, card, StringComparison.Ordinal);
        Assert.Contains("looks \\| fine", card, StringComparison.Ordinal);
        var svg = (await container.GetBlobClient("clinic-notes/versions/1/loss-curve.svg").DownloadContentAsync()).Value.Content.ToString();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"valid\"", svg, StringComparison.Ordinal);
        var alias = await registry.GetAliasAsync("clinic-notes");
        Assert.Equal(1, alias!.Version);
        Assert.Empty(alias.History);
    }

    [Fact]
    public async Task Retire_TakesTheVersionOutOfServiceAndHistory_DeletesItsAdapter_AndKeepsTheRecord()
    {
        var container = await azurite.NewContainerAsync("models");
        var registry = new ModelRegistry(container);
        for (var run = 1; run <= 3; run++)
        {
            await registry.PromoteAsync(Publication("run-" + run), Adapter([(byte)run]), "pipeline");
        }

        // Version 1 is only in the rollback history: it leaves the history, production stays on 3.
        var first = await registry.RetireAsync("clinic-notes", 1, "admin", "erasure ticket 1");
        Assert.Equal(3, first.Production!.Version);
        Assert.Equal([2], first.Production.History);
        // Version 3 serves: production falls back to 2, the newest earlier live version.
        var third = await registry.RetireAsync("clinic-notes", 3, "admin", "erasure ticket 2");
        Assert.Equal(2, third.Production!.Version);
        Assert.Empty(third.Production.History);
        Assert.Equal("job-run-3", (await registry.GetManifestAsync("clinic-notes", 3))!.TrainingJobId);

        Assert.False((await container.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 3, "adapter.gguf")).ExistsAsync()).Value);
        var card = (await container.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 3, "model-card.md")).DownloadContentAsync()).Value.Content.ToString();
        Assert.StartsWith("> **Retired** on ", card, StringComparison.Ordinal);
        Assert.Contains("by `admin`", card, StringComparison.Ordinal);
        Assert.Contains("# clinic-notes — version 3", card, StringComparison.Ordinal);
        Assert.True((await container.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 2, "adapter.gguf")).ExistsAsync()).Value);
        Assert.Equal([1, 3], await registry.RetiredVersionsAsync("clinic-notes"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("erasure ticket 2"u8)), (await registry.GetRetirementAsync("clinic-notes", 3))!.ReasonSha256);
        // Nothing serves a retired version again: not a move, not a repeated promotion of its run, not a rollback.
        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.MoveAliasAsync("clinic-notes", ModelRegistry.ProductionAlias, 3, "admin"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.PromoteAsync(Publication("run-3"), Adapter([3]), "pipeline"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.RollbackAsync("clinic-notes", "admin"));
        Assert.True((await registry.RetireAsync("clinic-notes", 3, "admin", "again")).AlreadyRetired);
        var cardAgain = (await container.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 3, "model-card.md")).DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal(card, cardAgain); // the notice is added once
        await Assert.ThrowsAsync<KeyNotFoundException>(() => registry.RetireAsync("clinic-notes", 9, "admin", "x"));
    }

    [Fact]
    public async Task Promote_SameRunTwice_ReturnsTheSameVersion()
    {
        var registry = new ModelRegistry(await azurite.NewContainerAsync("models"));

        var first = await registry.PromoteAsync(Publication("run-a"), Adapter([1, 2, 3]), "pipeline");
        var second = await registry.PromoteAsync(Publication("run-a"), Adapter([1, 2, 3]), "pipeline");

        Assert.Equal(first.Version, second.Version);
        Assert.True(second.AlreadyPromoted);
        Assert.Equal([1], await registry.ListVersionsAsync("clinic-notes"));
    }

    [Fact]
    public async Task Promote_ConcurrentRuns_GetDistinctVersions_AndAliasHistoryKeepsEveryMove()
    {
        var container = await azurite.NewContainerAsync("models");
        var registry = new ModelRegistry(container);

        // One registry instance per writer, as if each promotion ran in its own process.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => new ModelRegistry(container).PromoteAsync(Publication($"run-{i}"), Adapter([(byte)i]), "pipeline"))));

        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Version).Order());
        var alias = await registry.GetAliasAsync("clinic-notes");
        Assert.NotNull(alias);
        // Every alias move was conditional on the state it replaced: none was lost.
        Assert.Equal([1, 2, 3, 4], alias.History.Append(alias.Version).Order());
    }

    [Fact]
    public async Task Rollback_MovesProductionBackToThePreviousVersion()
    {
        var registry = new ModelRegistry(await azurite.NewContainerAsync("models"));
        await registry.PromoteAsync(Publication("run-1"), Adapter([1]), "pipeline");
        await registry.PromoteAsync(Publication("run-2"), Adapter([2]), "pipeline");
        await registry.PromoteAsync(Publication("run-3"), Adapter([3]), "pipeline");

        var once = await registry.RollbackAsync("clinic-notes", "admin@example.org");
        var twice = await registry.RollbackAsync("clinic-notes", "admin@example.org");

        Assert.Equal(2, once.Version);
        Assert.Equal(1, twice.Version);
        Assert.Equal("admin@example.org", twice.UpdatedBy);
        Assert.Empty(twice.History);
        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.RollbackAsync("clinic-notes", "admin@example.org"));
        Assert.Equal(1, (await registry.GetAliasAsync("clinic-notes"))!.Version);
    }

    [Fact]
    public async Task Promote_InvalidModelName_IsRefused()
    {
        var registry = new ModelRegistry(await azurite.NewContainerAsync("models"));

        await Assert.ThrowsAsync<ArgumentException>(() => registry.PromoteAsync(Publication("run-1", model: "../escape"), Adapter([1]), "pipeline"));
    }
}

public sealed class ModelCardTests
{
    [Fact]
    public void LossCurve_NeedsTwoPoints_AndScalesIntoTheViewBox()
    {
        Assert.Null(ModelCard.RenderLossCurveSvg([new TrainingMetricPoint(1, 2, null)]));

        var svg = ModelCard.RenderLossCurveSvg([new TrainingMetricPoint(0, 4.0, null), new TrainingMetricPoint(10, 1.0, null)])!;

        // Highest loss at the top margin, lowest at the bottom axis; first step at the left margin, last at the right.
        Assert.Contains("points=\"56.0,24.0 624.0,280.0\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"valid\"", svg, StringComparison.Ordinal);
        var document = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
    }

    [Fact]
    public void Markdown_MarksFailedAndMissingGates()
    {
        var manifest = new ModelManifest("m", 2, "run", DateTimeOffset.UnixEpoch, "s", "base", "b", "r", "k", "t", "e",
            new MaskingSummary("m-1", 1, 0, 0, new Dictionary<string, long>()), "p", new FineTuneHyperparameters(), "job",
            new Dictionary<string, double> { ["eval_loss"] = 3 },
            [new GateResult("eval_loss", GateComparison.AtMost, 2, 3, false), new GateResult("accuracy", GateComparison.AtLeast, 0.8, null, false)],
            [], "a", 1);

        var md = ModelCard.RenderMarkdown(manifest, hasLossCurve: false);

        Assert.Contains("| eval_loss | 3 | ≤ 2 | FAIL |", md, StringComparison.Ordinal);
        Assert.Contains("| accuracy | missing | ≥ 0.8 | FAIL |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("loss-curve.svg", md, StringComparison.Ordinal);
        // Probes that did not run are said so, not left out.
        Assert.Contains("- Regurgitation was not measured for this version.", md, StringComparison.Ordinal);
        Assert.Contains("- Bias was not measured for this version.", md, StringComparison.Ordinal);
    }

    /// <summary>A manifest of clinic-notes with <paramref name="masked"/> masked persons, no gates and no approvals.</summary>
    private static ModelManifest CardManifest(int version, long masked, FineTuneHyperparameters hyperparameters, Dictionary<string, double> metrics) =>
        new("clinic-notes", version, "run", DateTimeOffset.UnixEpoch, "s", "base", "b", "r", "k", "t", "e",
            new MaskingSummary("m-1", 40, 31, masked, new Dictionary<string, long> { ["PERSON"] = masked }), "p", hyperparameters, "job", metrics,
            [], [], "a", 1);

    [Fact]
    public void Markdown_StatesLimitationsFromTheVersionsOwnFigures()
    {
        var manifest = CardManifest(3, 1234, new FineTuneHyperparameters(),
            new Dictionary<string, double> { ["pii_regurgitation_rate"] = 0.025, ["canary_exposure"] = 1.75, ["bias_gap"] = 0.31, ["base_bias_gap"] = 0.27 });

        var md = ModelCard.RenderMarkdown(manifest, hasLossCurve: false);

        Assert.Contains("## Limitations and use", md, StringComparison.Ordinal);
        Assert.Contains("1,234 recognised identifiers were replaced", md, StringComparison.Ordinal);
        Assert.Contains("pseudonymisation, not anonymisation", md, StringComparison.Ordinal);
        Assert.Contains("2.5% of held-out prompts", md, StringComparison.Ordinal);
        Assert.Contains("highest canary exposure 1.75 bits", md, StringComparison.Ordinal);
        Assert.Contains("mean likelihood gap 0.31 between the policy's groups on its templates (base model 0.27)", md, StringComparison.Ordinal);
        Assert.Contains("through the `clinic-notes` registry name", md, StringComparison.Ordinal);
        Assert.Contains("- Not trained with differential privacy", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_StatesTheDifferentialPrivacyGuarantee_OfADpSgdVersion()
    {
        var manifest = CardManifest(4, 12, new FineTuneHyperparameters(BatchSize: 16, DpNoiseMultiplier: 1.1, DpClipNorm: 0.5),
            new Dictionary<string, double> { [PrivacyMetrics.Epsilon] = 2.9371, [PrivacyMetrics.Delta] = 1e-5 });

        var md = ModelCard.RenderMarkdown(manifest, hasLossCurve: false);

        Assert.Contains("Trained with DP-SGD: each step a Poisson sample of about 16 records, every record's gradient clipped to norm 0.5, Gaussian noise of 1.1 × the clip norm.", md, StringComparison.Ordinal);
        Assert.Contains("- Differential privacy: (ε = 2.94, δ = 1E-05) per training record", md, StringComparison.Ordinal);
        Assert.Contains("a person in k records is protected at about k × ε", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Not trained with differential privacy", md, StringComparison.Ordinal);
        var targeted = ModelCard.RenderMarkdown(manifest with { Hyperparameters = new FineTuneHyperparameters(BatchSize: 16, DpTargetEpsilon: 8) }, hasLossCurve: false);
        Assert.Contains("clipped to norm 1, Gaussian noise calibrated for ε ≤ 8.", targeted, StringComparison.Ordinal);
    }
}
