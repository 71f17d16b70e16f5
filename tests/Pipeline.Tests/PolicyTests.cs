using Masking;
using Pipeline.Policy;
using TestSupport;

namespace Pipeline.Tests;

public sealed class PolicyTests
{
    internal const string Sample = """
        {
          "version": "2026-11-01",
          "gates": { "eval_loss": { "max": 2.0 }, "accuracy": { "min": 0.8 } },
          "approvalsRequired": 3,
          "approvalDeadline": "PT12H",
          "residualPii": { "threshold": 0.6, "maxRecordRate": 0.01, "ignoredTypes": ["DATE"] },
          "evalPercent": 15,
          "masking": { "version": "m-4", "defaultOperator": "redact", "operators": { "EMAIL": "partialMask" } }
        }
        """;

    [Fact]
    public void Parse_ReadsEverySection()
    {
        var policy = PipelinePolicy.Parse(Sample);

        Assert.Equal("2026-11-01", policy.Version);
        Assert.Equal([new GateThreshold("eval_loss", GateComparison.AtMost, 2.0), new GateThreshold("accuracy", GateComparison.AtLeast, 0.8)], policy.Gates);
        Assert.Equal(3, policy.ApprovalsRequired);
        Assert.Equal(TimeSpan.FromHours(12), policy.ApprovalDeadline);
        Assert.Equal(0.6, policy.ResidualPii.Threshold);
        Assert.Equal(0.01, policy.ResidualPii.MaxRecordRate);
        Assert.Equal(["DATE"], policy.ResidualPii.IgnoredTypes);
        Assert.Equal(15, policy.EvalPercent);
        var masking = policy.Masking();
        Assert.Equal("m-4", masking.Version);
        Assert.Equal(MaskingOperator.Redact, masking.DefaultOperator);
        Assert.Equal(MaskingOperator.PartialMask, masking.OperatorFor(PiiEntityType.Email));
    }

    [Fact]
    public void Parse_MinimalDocument_UsesDefaults()
    {
        var policy = PipelinePolicy.Parse("""{"version":"1"}""");

        Assert.Equal(2, policy.ApprovalsRequired);
        Assert.Equal(TimeSpan.FromDays(7), policy.ApprovalDeadline);
        Assert.Empty(policy.Gates);
        Assert.Equal(0, policy.ResidualPii.MaxRecordRate);
        Assert.Equal(MaskingOperator.Placeholder, policy.Masking().DefaultOperator);
    }

    [Theory]
    [InlineData("""{"gates":{}}""", "version")]
    [InlineData("""{"version":"1","gates":{"eval_loss":{"max":1,"min":0}}}""", "gates.eval_loss")]
    [InlineData("""{"version":"1","gates":{"eval_loss":{"max":"low"}}}""", "gates.eval_loss.max")]
    [InlineData("""{"version":"1","approvalsRequired":0}""", "approvalsRequired")]
    [InlineData("""{"version":"1","approvalDeadline":"3 days"}""", "approvalDeadline")]
    [InlineData("""{"version":"1","masking":{"version":"m","operators":{"SHOE_SIZE":"redact"}}}""", "SHOE_SIZE")]
    [InlineData("""not json""", "not valid JSON")]
    [InlineData("""{"version":"1","probes":{"canaries":40}}""", "probes.canaries")]
    [InlineData("""{"version":"1","probes":{"bias":{"templates":["no placeholder"],"groups":["a","b"]}}}""", "probes.bias")]
    [InlineData("""{"version":"1","probes":{"bias":{"templates":["The {group} caller"],"groups":["only-one"]}}}""", "probes.bias")]
    public void Parse_BadDocument_NamesTheProblem(string json, string named)
    {
        var ex = Assert.Throws<FormatException>(() => PipelinePolicy.Parse(json));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"1","operators":{"PERSON":"pseudonym"}}""", "unknown property \"operators\"")]
    [InlineData("""{"version":"1","gate":{"eval_loss":{"max":1}}}""", "unknown property \"gate\"")]
    [InlineData("""{"version":"1","gates":{"eval_loss":{"max":1,"note":"x"}}}""", "gates.eval_loss has unknown property \"note\"")]
    [InlineData("""{"version":"1","residualPii":{"maxRecordRatio":0.5}}""", "residualPii has unknown property \"maxRecordRatio\"")]
    [InlineData("""{"version":"1","probes":{"canary":2}}""", "probes has unknown property \"canary\"")]
    [InlineData("""{"version":"1","probes":{"bias":{"templates":["The {group} caller"],"groups":["a","b"],"group":"c"}}}""", "probes.bias has unknown property")]
    public void Parse_UnknownProperty_IsRefusedByName(string json, string named)
    {
        var ex = Assert.Throws<FormatException>(() => PipelinePolicy.Parse(json));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedSamples_ParseWithTheRealParsers_AndTheProductionOneGatesEveryProbe()
    {
        var pipeline = PipelinePolicy.Parse(File.ReadAllText(RepositoryPaths.Combine("samples", "pipeline-policy.example.json")));
        var masking = MaskingPolicy.Parse(File.ReadAllText(RepositoryPaths.Combine("samples", "policy.example.json")));

        Assert.Equal(["eval_loss_delta", "pii_regurgitation_rate", "canary_exposure", "bias_gap_delta"], pipeline.Gates.Select(g => g.Metric));
        Assert.All(pipeline.Gates, g => Assert.Equal(GateComparison.AtMost, g.Comparison));
        Assert.True(pipeline.Probes!.Canaries > 0 && pipeline.Probes.CanaryCandidates >= 1000);
        Assert.NotEmpty(pipeline.Probes.BiasTemplates);
        Assert.True(pipeline.ApprovalsRequired >= 2);
        Assert.Equal(0, pipeline.ResidualPii.MaxRecordRate);
        Assert.Equal(MaskingOperator.Pseudonym, pipeline.Masking().OperatorFor(PiiEntityType.Person));
        Assert.Equal(MaskingOperator.Pseudonym, masking.OperatorFor(PiiEntityType.Person));
        // The masking sample is not a pipeline policy: uploaded to the policies container by mistake it is refused,
        // not read as a policy without gates.
        var misuse = Assert.Throws<FormatException>(() => PipelinePolicy.Parse(File.ReadAllText(RepositoryPaths.Combine("samples", "policy.example.json"))));
        Assert.Contains("operators", misuse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateGates_ReportsEachGate_AndFailsMissingMetrics()
    {
        var policy = PipelinePolicy.Parse("""{"version":"1","gates":{"eval_loss":{"max":2.0},"accuracy":{"min":0.8},"canary_exposure":{"max":1.5}}}""");

        var results = policy.EvaluateGates(new Dictionary<string, double> { ["eval_loss"] = 2.0, ["accuracy"] = 0.79 });

        Assert.Equal(
            [
                new GateResult("eval_loss", GateComparison.AtMost, 2.0, 2.0, true),
                new GateResult("accuracy", GateComparison.AtLeast, 0.8, 0.79, false),
                new GateResult("canary_exposure", GateComparison.AtMost, 1.5, null, false),
            ],
            results);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class PolicyStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public void Parse_Probes_GivesCanariesAndTheBiasProbe()
    {
        var policy = PipelinePolicy.Parse("""{"version":"1","probes":{"canaries":3,"canaryCandidates":200,"bias":{"templates":["The {group} patient called."],"groups":["older","younger"]}}}""");

        Assert.Equal(3, policy.Probes!.Canaries);
        Assert.Equal(200, policy.Probes.CanaryCandidates);
        Assert.Equal(["The {group} patient called."], policy.Probes.BiasTemplates);
        Assert.Equal(["older", "younger"], policy.Probes.BiasGroups);
        Assert.Equal(0, PipelinePolicy.Parse("""{"version":"1"}""").Probes!.Canaries);
    }

    [Fact]
    public async Task Load_ReadsTheBlob_AndRecordsWhereFrom()
    {
        var container = await azurite.NewContainerAsync("policies");
        await container.UploadBlobAsync("default.json", BinaryData.FromString(PolicyTests.Sample));

        var loaded = await new PolicyStore(container).LoadAsync("default");

        Assert.Equal("default.json", loaded.BlobName);
        Assert.Equal("2026-11-01", loaded.Policy.Version);
        Assert.False(string.IsNullOrEmpty(loaded.ETag));
        Assert.Equal(64, loaded.Sha256.Length);
    }

    [Fact]
    public async Task Load_MissingOrInvalid_IsAFormatExceptionNamingTheBlob()
    {
        var container = await azurite.NewContainerAsync("policies");
        await container.UploadBlobAsync("broken.json", BinaryData.FromString("""{"version":"1","approvalsRequired":-1}"""));
        var store = new PolicyStore(container);

        var missing = await Assert.ThrowsAsync<FormatException>(() => store.LoadAsync("nope"));
        var broken = await Assert.ThrowsAsync<FormatException>(() => store.LoadAsync("broken"));

        Assert.Contains("nope.json does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Contains("broken.json", broken.Message, StringComparison.Ordinal);
        Assert.Contains("approvalsRequired", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentialPrivacy_IsParsedWithDefaults_AndBadSettingsAreRefusedByName()
    {
        var policy = PipelinePolicy.Parse("""{"version":"dp-1","differentialPrivacy":{"noiseMultiplier":1.1}}""");
        var none = PipelinePolicy.Parse("""{"version":"plain"}""");

        Assert.Equal(new DifferentialPrivacyPolicy(1.1, 1.0, null), policy.DifferentialPrivacy);
        Assert.Equal(new DifferentialPrivacyPolicy(null, 0.5, 1e-6, 8),
            PipelinePolicy.Parse("""{"version":"dp-2","differentialPrivacy":{"targetEpsilon":8,"clipNorm":0.5,"delta":1e-6}}""").DifferentialPrivacy);
        Assert.Contains("exactly one", Assert.Throws<FormatException>(() => PipelinePolicy.Parse("""{"version":"x","differentialPrivacy":{"noiseMultiplier":1,"targetEpsilon":8}}""")).Message, StringComparison.Ordinal);
        Assert.Null(none.DifferentialPrivacy);
        Assert.Contains("\"noiseMultiplier\"", Assert.Throws<FormatException>(() => PipelinePolicy.Parse("""{"version":"x","differentialPrivacy":{"clipNorm":1}}""")).Message, StringComparison.Ordinal);
        Assert.Contains("\"epsilon\"", Assert.Throws<FormatException>(() => PipelinePolicy.Parse("""{"version":"x","differentialPrivacy":{"noiseMultiplier":1,"epsilon":3}}""")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PipelinePolicy.Parse("""{"version":"x","differentialPrivacy":{"noiseMultiplier":0}}"""));
        Assert.Throws<FormatException>(() => PipelinePolicy.Parse("""{"version":"x","differentialPrivacy":{"noiseMultiplier":1,"delta":1}}"""));
    }
}
