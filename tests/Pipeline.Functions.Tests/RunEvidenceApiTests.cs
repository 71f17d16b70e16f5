using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Activities;
using Pipeline.Functions.Http;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Security;
using Pipeline.Storage;
using TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// <c>GET /api/runs/{id}/evidence</c> against real storage and the real Durable Task engine. The run is a stand-in
/// orchestration under the pipeline's name that only publishes the status a waiting run publishes (the full
/// workflow is tested in Pipeline.Tests and end to end in Pipeline.LocalHost.Tests).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RunEvidenceApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Evidence_AsRecorded_IsServedWithItsHashAndTheDecisionsSoFar()
    {
        var (api, storage, host) = await CreateAsync();
        await using var _ = host;
        var id = await StartWaitingRunAsync(host, storage, tamper: false);

        var result = Assert.IsType<OkObjectResult>(await api.GetAsync(Request(AppRoles.Approver), id, host.Client));

        var view = Assert.IsType<RunEvidenceView>(result.Value);
        Assert.Equal(RunPhase.AwaitingApproval, view.Phase);
        Assert.Equal(64, view.Evidence.Masking.RecordsWritten);
        Assert.Equal("dana", Assert.Single(view.Approvals).Approver);
    }

    [Fact]
    public async Task Evidence_ChangedAfterTheRunRecordedIt_IsRefused()
    {
        var (api, storage, host) = await CreateAsync();
        await using var _ = host;
        var id = await StartWaitingRunAsync(host, storage, tamper: true);

        var result = Assert.IsType<ObjectResult>(await api.GetAsync(Request(AppRoles.Approver), id, host.Client));

        Assert.Equal(StatusCodes.Status409Conflict, result.StatusCode);
        Assert.EndsWith("/evidence-tampered", Assert.IsType<ProblemDetails>(result.Value).Type, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_OfARunThatHasNotReachedApproval_IsNotFound()
    {
        var (api, _, host) = await CreateAsync();
        await using var _ = host;
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), Input("no-evidence"));
        await WaitForStatusAsync(host.Client, id);

        var result = Assert.IsType<ObjectResult>(await api.GetAsync(Request(AppRoles.Submitter), id, host.Client));

        Assert.Equal(StatusCodes.Status404NotFound, result.StatusCode);
    }

    private async Task<(RunEvidenceApi Api, PipelineStorage Storage, DurableTaskTestHost Host)> CreateAsync()
    {
        var datasets = await azurite.NewContainerAsync("datasets");
        var storage = new PipelineStorage(azurite.BlobService, Options.Create(new PipelineStorageOptions { DatasetsContainer = datasets.Name }));
        var host = await DurableTaskTestHost.StartAsync(tasks => tasks.AddOrchestrator(nameof(FineTunePipeline), () => new WaitingRun()),
            new DurableTaskTestHostOptions { Port = StackPort(), LoggerFactory = NullLoggerFactory.Instance });
        var authorizer = TestCallers.Authorizer();
        return (new RunEvidenceApi(authorizer, storage), storage, host);
    }

    private static async Task<string> StartWaitingRunAsync(DurableTaskTestHost host, PipelineStorage storage, bool tamper)
    {
        var id = "run-" + Guid.NewGuid().ToString("N")[..12];
        var evidence = new ApprovalEvidence(id, "incoming/clinic/notes.jsonl", "team:clinic", "clinic-notes", "base", new string('b', 64), new string('1', 64),
            new string('2', 64), new MaskingSummary("m-1", 64, 60, 170, new Dictionary<string, long> { ["PERSON"] = 64 }),
            new ResidualScanEvidence(true, 64, 0, 0, 0, new Dictionary<string, long>()),
            new TrainingEvidence("ftjob-1", new FineTuneHyperparameters(), 51, 13, [new TrainingMetricPoint(1, 6.3, null)]),
            new Dictionary<string, double> { ["eval_loss"] = 6.1 }, [new GateResult("eval_loss", GateComparison.AtMost, 7, 6.1, true)], "p-1", 2,
            DateTime.UtcNow.AddDays(1), null, DateTime.UtcNow);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(evidence, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await storage.Datasets.UploadBlobAsync(RecordEvidenceActivity.BlobName(id), new BinaryData(bytes));
        var recordedSha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (tamper)
        {
            // Someone with write access edits the document after the run recorded its hash.
            var edited = Encoding.UTF8.GetString(bytes).Replace("\"passed\":true", "\"passed\":false", StringComparison.Ordinal);
            await storage.Datasets.GetBlobClient(RecordEvidenceActivity.BlobName(id)).UploadAsync(BinaryData.FromString(edited), overwrite: true);
        }

        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), Input(recordedSha), new StartOrchestrationOptions(id));
        await WaitForStatusAsync(host.Client, id);
        return id;
    }

    /// <summary>Publishes the status a run publishes while it waits: the evidence reference (hash from the input) and one decision.</summary>
    private sealed class WaitingRun : TaskOrchestrator<PipelineInput, PipelineResult?>
    {
        public override async Task<PipelineResult?> RunAsync(TaskOrchestrationContext context, PipelineInput input)
        {
            var evidence = input.BaseModelSha256 == "no-evidence" ? null : new EvidenceReference(RecordEvidenceActivity.BlobName(context.InstanceId), input.BaseModelSha256);
            context.SetCustomStatus(new RunProgress(RunPhase.AwaitingApproval, ApprovalsRequired: 2, ApprovedBy: ["dana"], ApprovalDeadline: context.CurrentUtcDateTime.AddDays(1),
                Decisions: [new ApprovalDecision("dana", ApprovalVerdict.Approve, "ok", context.CurrentUtcDateTime)], Evidence: evidence));
            await context.WaitForExternalEvent<string>("never");
            return null;
        }
    }

    private static PipelineInput Input(string evidenceSha) => new("incoming/clinic/notes.jsonl", "team:clinic", "clinic-notes", "base", evidenceSha);

    private static async Task WaitForStatusAsync(DurableTaskClient client, string id)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await client.GetInstanceAsync(id, getInputsAndOutputs: true))?.SerializedCustomStatus is not null)
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"{id} published no status");
    }

    private static HttpRequest Request(string role) => TestCallers.Request(role, user: "reader");

    private static int StackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
