using System.Net;
using System.Net.Sockets;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Registry;
using Pipeline.Secrets;
using Pipeline.Storage;
using TestSupport;

namespace Pipeline.Tests;

/// <summary>
/// The real orchestrator and activities on the in-process Durable Task engine, with real storage (Azurite, fresh
/// containers per test) and the fake GPU host.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    public const string Submitter = "sam.submitter@example.org";

    /// <summary>Timing for tests: fast polls and retries.</summary>
    public static readonly PipelineTiming FastTiming = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(50), 4);

    private readonly string _secrets;

    private PipelineHarness(DurableTaskTestHost host, FakeGpuHost gpu, string secrets, CapturedLogs logs)
    {
        Logs = logs;
        Host = host;
        Gpu = gpu;
        _secrets = secrets;
    }

    public DurableTaskTestHost Host { get; }

    /// <summary>Everything the activities and the pipeline's services logged, formatted, with every structured value.</summary>
    public CapturedLogs Logs { get; }

    public FakeGpuHost Gpu { get; }

    public DurableTaskClient Client => Host.Client;

    public PipelineStorage Storage => Host.Services.GetRequiredService<PipelineStorage>();

    public AuditLog Audit => Host.Services.GetRequiredService<AuditLog>();

    public ModelRegistry Registry => Host.Services.GetRequiredService<ModelRegistry>();

    public static async Task<PipelineHarness> StartAsync(AzuriteFixture azurite, FakeGpuHost gpu, string policyJson)
    {
        var blobService = azurite.BlobService;
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var secrets = Path.Combine(Path.GetTempPath(), "pipeline-tests-" + suffix);
        var logs = new CapturedLogs();
        var host = await DurableTaskTestHost.StartAsync(tasks => tasks.AddPipelineTasks(), new DurableTaskTestHostOptions
        {
            Port = FreePort(),
            // Activities log through the host's factory: capture all of it, the engine's own lines included.
            LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs)),
            ConfigureServices = services =>
            {
                services.AddSingleton(blobService);
                services.AddSingleton<ISecretStore>(new FileSecretStore(secrets));
                services.AddSingleton<IGpuHostClient>(gpu);
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
                services.AddPipelineCore(storage =>
                {
                    storage.DatasetsContainer = $"datasets-{suffix}";
                    storage.MaskedContainer = $"masked-{suffix}";
                    storage.PoliciesContainer = $"policies-{suffix}";
                    storage.ModelsContainer = $"models-{suffix}";
                    storage.AuditContainer = $"audit-{suffix}";
                });
            },
        });
        var harness = new PipelineHarness(host, gpu, secrets, logs);
        await harness.Storage.EnsureContainersAsync();
        await harness.Storage.Policies.UploadBlobAsync("default.json", BinaryData.FromString(policyJson));
        return harness;
    }

    /// <summary>Chat records with planted PII (names, emails, phone numbers), all distinct.</summary>
    public static string Dataset(int records = 30) => string.Join('\n', Enumerable.Range(0, records).Select(i =>
        $$"""{"messages":[{"role":"system","content":"You are a clinic scheduling assistant."},{"role":"user","content":"Patient Maria Gonzalez asks to move visit {{i}}. Email maria.gonzalez{{i}}@example.com or call 555-201-{{(1000 + i)}}."},{"role":"assistant","content":"Visit {{i}} is moved to next week."}]}"""));

    public async Task<string> StartRunAsync(string dataset, string blobName = "incoming/clinic/notes.jsonl", FineTuneHyperparameters? hyperparameters = null)
    {
        await Storage.Datasets.UploadBlobAsync(blobName, BinaryData.FromString(dataset));
        return await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), new PipelineInput(
            blobName, Submitter, "clinic-notes", "tiny-llama", new string('b', 64), Hyperparameters: hyperparameters, Timing: FastTiming));
    }

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Polls the custom status until the run is waiting for approvals with exactly <paramref name="approvedBy"/> counted.</summary>
    public async Task<RunProgress> WaitForApprovalStateAsync(string instanceId, params string[] approvedBy)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        RunProgress? progress = null;
        while (DateTime.UtcNow < deadline)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            Assert.NotNull(metadata);
            Assert.NotEqual(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
            Assert.NotEqual(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
            progress = metadata.SerializedCustomStatus is null ? null : metadata.ReadCustomStatusAs<RunProgress>();
            if (progress?.Phase == RunPhase.AwaitingApproval && (progress.ApprovedBy ?? []).SequenceEqual(approvedBy))
            {
                return progress;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"run {instanceId} did not reach awaiting-approval with [{string.Join(", ", approvedBy)}]; last status: {progress}");
    }

    public Task DecideAsync(string instanceId, string approver, ApprovalVerdict verdict, string? comment = null) =>
        Client.RaiseEventAsync(instanceId, FineTunePipeline.ApprovalEventName, new ApprovalDecision(approver, verdict, comment, DateTimeOffset.UtcNow));

    /// <summary>Verifies the audit chain and returns its actions in order.</summary>
    public async Task<List<string>> VerifiedAuditActionsAsync()
    {
        var verification = await Audit.VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        return await Audit.ReadAllAsync().Select(e => e.Action).ToListAsync();
    }

    public async Task<List<string>> BlobNamesAsync(string prefix) =>
        await Storage.Datasets.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = prefix }).Select(b => b.Name).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Directory.Exists(_secrets))
        {
            Directory.Delete(_secrets, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
