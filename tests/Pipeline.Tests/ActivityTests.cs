using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Activities;
using Pipeline.GpuHost;
using Pipeline.Policy;
using Pipeline.Registry;
using Pipeline.Secrets;
using Pipeline.Storage;
using TestSupport;

namespace Pipeline.Tests;

/// <summary>Activities called directly (as a Functions wrapper would): idempotency and pinning on real storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActivityTests(AzuriteFixture azurite)
{
    private const string Masking = """{"version":"m-1","defaultOperator":"placeholder"}""";

    private async Task<PipelineStorage> StorageAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var storage = new PipelineStorage(azurite.BlobService, Options.Create(new PipelineStorageOptions
        {
            DatasetsContainer = $"datasets-{suffix}",
            MaskedContainer = $"masked-{suffix}",
            PoliciesContainer = $"policies-{suffix}",
            ModelsContainer = $"models-{suffix}",
            AuditContainer = $"audit-{suffix}",
        }));
        await storage.EnsureContainersAsync();
        return storage;
    }

    private sealed class NoSecrets : ISecretStore
    {
        public Task<byte[]> GetOrCreateKeyAsync(string name, int lengthIfNew, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("placeholder masking needs no key");
    }

    [Fact]
    public async Task PrivacySpend_RecordsEveryRunOnce_AddsUpEarlierEpsilon_AndCountsRunsWithoutDp()
    {
        var storage = await StorageAsync();
        var registry = new ModelRegistry(storage.Models);
        var activity = new PrivacySpendActivity(storage, registry);
        var dataset = new string('a', 64);
        Task<PrivacySpend> Record(string run, double? epsilon, string sha = "") =>
            activity.ExecuteAsync(new PrivacySpendInput(run, sha.Length > 0 ? sha : dataset, epsilon), CancellationToken.None);

        var first = await Record("run-1", 2.5);
        var second = await Record("run-2", 1.25);
        var retried = await Record("run-2", 1.25);
        var third = await Record("run-3", 0.5);
        // A version promoted before the ledger existed (run-0, no DP) counts too.
        await registry.PromoteAsync(ModelRegistryTests.Publication("run-0") with { RawDatasetSha256 = dataset }, (s, ct) => s.WriteAsync(new byte[] { 1 }, ct).AsTask(), "pipeline");
        var afterPlain = await Record("run-4", 1.0);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Record($"run-c{i}", 0.1, new string('c', 64))));
        var ledger = (await storage.Datasets.GetBlobClient(PrivacyLedger.BlobName(new string('c', 64))).DownloadContentAsync()).Value.Content.ToString();

        Assert.Equal(new PrivacySpend(0, 0, 0), first);
        Assert.Equal(new PrivacySpend(1, 2.5, 0), second);
        Assert.Equal(second, retried);
        Assert.Equal(new PrivacySpend(2, 3.75, 0), third);
        Assert.Equal(new PrivacySpend(4, 4.25, 1), afterPlain);
        // Runs recording at the same time all land, each seeing only the ones before it.
        Assert.Equal(Enumerable.Range(0, 6), concurrent.Select(c => c.Runs).Order());
        Assert.All(Enumerable.Range(0, 6), i => Assert.Contains($"run-c{i}", ledger, StringComparison.Ordinal));
        await Assert.ThrowsAsync<ArgumentException>(() => Record("run-x", 1, "../escape"));
    }

    [Fact]
    public async Task Validate_InvalidUpload_RetriedAfterTheMove_ReturnsTheSameOutcome()
    {
        var storage = await StorageAsync();
        await storage.Datasets.UploadBlobAsync("incoming/t/bad.jsonl", BinaryData.FromString("not json\n"));
        var activity = new ValidateDatasetActivity(storage, NullLogger<ValidateDatasetActivity>.Instance);
        var input = new ValidateDatasetInput("run-1", "incoming/t/bad.jsonl");

        var first = await activity.ExecuteAsync(input, CancellationToken.None);
        var second = await activity.ExecuteAsync(input, CancellationToken.None);

        Assert.False(first.IsValid);
        Assert.Equal(first, second);
        Assert.Equal("quarantine/run-1/t/bad.jsonl", first.QuarantineBlob);
        Assert.Equal("not json\n", (await storage.Datasets.GetBlobClient(first.QuarantineBlob).DownloadContentAsync()).Value.Content.ToString());
        Assert.False((await storage.Datasets.GetBlobClient("incoming/t/bad.jsonl").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Mask_RetriedAfterRawWasRemoved_ReturnsTheStoredOutcome()
    {
        var storage = await StorageAsync();
        await storage.Datasets.UploadBlobAsync("incoming/t/d.jsonl", BinaryData.FromString(PipelineHarness.Dataset(4)));
        var validation = await new ValidateDatasetActivity(storage, NullLogger<ValidateDatasetActivity>.Instance)
            .ExecuteAsync(new ValidateDatasetInput("run-2", "incoming/t/d.jsonl"), CancellationToken.None);
        var mask = new MaskDatasetActivity(storage, new NoSecrets(), NullLogger<MaskDatasetActivity>.Instance);
        var input = new MaskDatasetInput("run-2", "incoming/t/d.jsonl", validation.RawETag, Masking);

        var first = await mask.ExecuteAsync(input, CancellationToken.None);
        var second = await mask.ExecuteAsync(input, CancellationToken.None);

        Assert.Equal(first.MaskedSha256, second.MaskedSha256);
        Assert.Equal(validation.RawSha256, first.RawSha256);
        Assert.False((await storage.Datasets.GetBlobClient("incoming/t/d.jsonl").ExistsAsync()).Value);
        var masked = (await storage.Datasets.GetBlobClient(first.MaskedBlob).DownloadContentAsync()).Value.Content.ToString();
        Assert.DoesNotContain("Gonzalez", masked, StringComparison.Ordinal);
        Assert.Equal(4, first.Masking.RecordsWritten);
    }

    [Fact]
    public async Task Mask_UploadReplacedAfterValidation_IsRefused_AndTheNewUploadIsKept()
    {
        var storage = await StorageAsync();
        var raw = storage.Datasets.GetBlobClient("incoming/t/d.jsonl");
        await raw.UploadAsync(BinaryData.FromString(PipelineHarness.Dataset(3)));
        var validation = await new ValidateDatasetActivity(storage, NullLogger<ValidateDatasetActivity>.Instance)
            .ExecuteAsync(new ValidateDatasetInput("run-3", "incoming/t/d.jsonl"), CancellationToken.None);
        await raw.UploadAsync(BinaryData.FromString("{\"swapped\":true}\n"), overwrite: true);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => new MaskDatasetActivity(storage, new NoSecrets(), NullLogger<MaskDatasetActivity>.Instance)
            .ExecuteAsync(new MaskDatasetInput("run-3", "incoming/t/d.jsonl", validation.RawETag, Masking), CancellationToken.None));

        Assert.Equal(412, ex.Status);
        Assert.True((await raw.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Split_IsDeterministicByRecord_AndPartitionsEveryRecord()
    {
        var storage = await StorageAsync();
        var lines = Enumerable.Range(0, 200).Select(i => $$"""{"messages":[{"role":"user","content":"q{{i}}"},{"role":"assistant","content":"a{{i}}"}]}""").ToList();
        await storage.Datasets.UploadBlobAsync("work/run-4/masked.jsonl", BinaryData.FromString(string.Join('\n', lines) + "\n"));
        var split = new SplitDatasetActivity(storage, new NoSecrets(), NullLogger<SplitDatasetActivity>.Instance);

        var first = await split.ExecuteAsync(new SplitDatasetInput("run-4", "work/run-4/masked.jsonl", 20), CancellationToken.None);
        var second = await split.ExecuteAsync(new SplitDatasetInput("run-4", "work/run-4/masked.jsonl", 20), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(200, first.TrainRecords + first.EvalRecords);
        Assert.InRange(first.EvalRecords, 20, 60);
        var eval = (await storage.Masked.GetBlobClient(first.EvalBlob).DownloadContentAsync()).Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(eval, line => Assert.True(SplitDatasetActivity.IsEval(Encoding.UTF8.GetBytes(line), 20)));
        Assert.Equal(lines.Where(l => SplitDatasetActivity.IsEval(Encoding.UTF8.GetBytes(l), 20)), eval);
    }

    [Fact]
    public async Task Split_WithCanaries_PlantsTheRunsSecretsInTrainingOnly_AndTheEvaluationProbesThem()
    {
        var storage = await StorageAsync();
        var secrets = new FileSecretStore(Directory.CreateTempSubdirectory("canary-secrets-").FullName);
        var lines = Enumerable.Range(0, 50).Select(i => $$"""{"messages":[{"role":"user","content":"q{{i}}"},{"role":"assistant","content":"a{{i}}"}]}""").ToList();
        await storage.Datasets.UploadBlobAsync("work/run-9/masked.jsonl", BinaryData.FromString(string.Join('\n', lines) + "\n"));

        var output = await new SplitDatasetActivity(storage, secrets, NullLogger<SplitDatasetActivity>.Instance)
            .ExecuteAsync(new SplitDatasetInput("run-9", "work/run-9/masked.jsonl", 20, Canaries: 2), CancellationToken.None);

        var canaries = await Canaries.ForRunAsync(secrets, "run-9", 2, CancellationToken.None);
        Assert.Equal(2, canaries.Select(c => c.Secret).Distinct().Count());
        Assert.NotEqual(canaries, await Canaries.ForRunAsync(secrets, "run-10", 2, CancellationToken.None));
        var train = (await storage.Masked.GetBlobClient(output.TrainBlob).DownloadContentAsync()).Value.Content.ToString();
        var eval = (await storage.Masked.GetBlobClient(output.EvalBlob).DownloadContentAsync()).Value.Content.ToString();
        Assert.All(canaries, c => Assert.Contains(c.Prefix + c.Secret, train, StringComparison.Ordinal));
        Assert.All(canaries, c => Assert.DoesNotContain(c.Secret, eval, StringComparison.Ordinal));
        Assert.Equal(2, output.CanaryRecords);
        Assert.Equal(50, output.TrainRecords + output.EvalRecords);

        // The evaluation derives the same secrets and sends them, with the bias probe, to the GPU host.
        var gpu = new FakeGpuHost
        {
            Metrics = new() { ["eval_loss"] = 1.5, ["base_eval_loss"] = 2.0, ["bias_gap"] = 0.35, ["base_bias_gap"] = 0.25, ["canary_exposure"] = 1.2 },
        };
        var evaluated = await new EvaluateModelActivity(storage, gpu, secrets, NullLogger<EvaluateModelActivity>.Instance).ExecuteAsync(
            new EvaluateModelInput("run-9", "base", "ft-1", output.EvalBlob, 1, new ProbePolicy(2, 100, ["The {group} patient called."], ["older", "younger"])),
            CancellationToken.None);
        var probes = Assert.Single(gpu.Evaluations).Probes!;
        Assert.Equal(canaries, probes.Canaries);
        Assert.Equal(["older", "younger"], probes.BiasGroups);
        // Changes against the base model are derived for gates: the adapter's own effect on loss and on the bias gap.
        Assert.Equal(-0.5, evaluated.Metrics["eval_loss_delta"], 9);
        Assert.Equal(0.1, evaluated.Metrics["bias_gap_delta"], 9);
    }
}

public sealed class CompositionTests
{
    [Fact]
    public void AddPipelineCore_RejectsBadContainerNames_AndAMissingGpuHostAddress()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
        services.AddPipelineCore(storage => storage.AuditContainer = "Audit_Log");
        using var provider = services.BuildServiceProvider();

        var storageError = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PipelineStorage>().Audit);
        var gpuError = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IGpuHostClient>());

        Assert.Contains("AuditContainer", storageError.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", gpuError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPipelineCore_KeepsAGpuHostClientRegisteredBefore()
    {
        var services = new ServiceCollection();
        var fake = new FakeGpuHost();
        services.AddSingleton<IGpuHostClient>(fake);
        services.AddPipelineCore();
        using var provider = services.BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IGpuHostClient>());
    }
}
