using Microsoft.DurableTask.Client;
using Pipeline.Activities;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Registry;
using TestSupport;

namespace Pipeline.Tests;

/// <summary>
/// The whole run on the in-process Durable Task engine with real activities over Azurite. The GPU host is the
/// in-process <see cref="FakeGpuHost"/> (the only fake), so these tests exercise the workflow, not training.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FineTunePipelineTests(AzuriteFixture azurite)
{
    internal const string Policy = """
        {
          "version": "test-1",
          "gates": { "eval_loss": { "max": 2.0 }, "pii_regurgitation_rate": { "max": 0 }, "canary_exposure": { "max": 1.0 } },
          "approvalsRequired": 2,
          "approvalDeadline": "PT5M",
          "evalPercent": 20,
          "masking": { "version": "m-1", "defaultOperator": "placeholder" }
        }
        """;

    private Task<PipelineHarness> StartAsync(FakeGpuHost? gpu = null, string policy = Policy) => PipelineHarness.StartAsync(azurite, gpu ?? new FakeGpuHost(), policy);

    private static PipelineResult Completed(OrchestrationMetadata metadata)
    {
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        return metadata.ReadOutputAs<PipelineResult>()!;
    }

    [Fact]
    public async Task HappyPath_TwoApprovals_PromotesAndAuditsEveryStep()
    {
        await using var harness = await StartAsync();
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        var waiting = await harness.WaitForApprovalStateAsync(id);
        // Approvers decide on a fixed evidence document: counts, hashes, curve and gates, no dataset content.
        var (evidence, evidenceSha) = (await RecordEvidenceActivity.ReadAsync(harness.Storage, id, CancellationToken.None))!.Value;
        Assert.Equal(waiting.Evidence!.Sha256, evidenceSha);
        Assert.Equal(30, evidence.Masking.RecordsWritten);
        Assert.NotEmpty(evidence.Training.LossCurve);
        Assert.Equal(evidence.Training.TrainRecords + evidence.Training.EvalRecords, evidence.Masking.RecordsWritten);
        Assert.All(evidence.Gates, g => Assert.True(g.Passed));
        Assert.Null(evidence.CurrentProduction);
        Assert.Equal(2, evidence.ApprovalsRequired);
        var evidenceText = (await harness.Storage.Datasets.GetBlobClient(waiting.Evidence.Blob).DownloadContentAsync()).Value.Content.ToString();
        Assert.DoesNotContain("Gonzalez", evidenceText, StringComparison.Ordinal);
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve, "evidence reviewed");
        var first = await harness.WaitForApprovalStateAsync(id, "ann.approver@example.org");
        Assert.Equal("evidence reviewed", Assert.Single(first.Decisions!).Comment);
        await harness.DecideAsync(id, "bob.approver@example.org", ApprovalVerdict.Approve, "ok");
        var metadata = await harness.WaitForCompletionAsync(id);
        var result = Completed(metadata);

        Assert.Equal(RunStatus.Promoted, result.Status);
        Assert.Equal(new RunProgress(RunPhase.Done, RunStatus.Promoted), metadata.ReadCustomStatusAs<RunProgress>());
        Assert.Equal(1, result.Version);
        Assert.Equal(["ann.approver@example.org", "bob.approver@example.org"], result.Approvals!.Select(a => a.Approver));
        Assert.All(result.Gates!, g => Assert.True(g.Passed));
        Assert.Equal(30, result.Masking!.RecordsWritten);
        Assert.True(result.Masking.ByEntityType["PERSON"] >= 30);
        Assert.True(result.Masking.ByEntityType["EMAIL"] >= 30);
        // Raw upload gone from incoming/, intermediate data cleaned, reports kept.
        Assert.Empty(await harness.BlobNamesAsync("incoming/"));
        Assert.Empty(await harness.BlobNamesAsync("work/"));
        Assert.Contains($"reports/{id}/masking.json", await harness.BlobNamesAsync("reports/"));
        var maskingReport = (await harness.Storage.Datasets.GetBlobClient($"reports/{id}/masking.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.DoesNotContain("Gonzalez", maskingReport, StringComparison.Ordinal);
        // Registry: manifest ties the adapter to the data and the decision.
        var alias = await harness.Registry.GetAliasAsync("clinic-notes");
        Assert.Equal(1, alias!.Version);
        var manifest = (await harness.Registry.GetManifestAsync("clinic-notes", 1))!;
        Assert.Equal(result.RawDatasetSha256, manifest.RawDatasetSha256);
        Assert.Equal(result.MaskedDatasetSha256, manifest.MaskedDatasetSha256);
        Assert.NotEqual(manifest.RawDatasetSha256, manifest.MaskedDatasetSha256);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(FakeGpuHost.AdapterBytes("ftjob-1"))), manifest.AdapterSha256);
        Assert.Equal(2, manifest.Approvals.Count);
        Assert.Equal("evidence reviewed", manifest.Approvals[0].Comment);
        Assert.Contains("ft:tiny:ftjob-1", (await harness.Storage.Models.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 1, "evaluation.json")).DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);
        Assert.True((await harness.Storage.Models.GetBlobClient(ModelRegistry.VersionBlob("clinic-notes", 1, ModelCard.LossCurveFile)).ExistsAsync()).Value);
        // The GPU host was given the masked splits, never the raw upload.
        var request = Assert.Single(harness.Gpu.Requests);
        // Only the masked container: the GPU host's identity cannot read the datasets container with raw uploads.
        Assert.Contains($"/{harness.Storage.Masked.Name}/{id}/train.jsonl", request.TrainingFile, StringComparison.Ordinal);
        Assert.Contains($"/{harness.Storage.Masked.Name}/{id}/eval.jsonl", request.ValidationFile, StringComparison.Ordinal);
        Assert.Empty(await harness.Storage.Masked.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = id + "/" }).ToListAsync());
        Assert.Equal(
            ["run.started", "policy.loaded", "dataset.validated", "dataset.masked", "dataset.raw-removed", "dataset.residual-scanned", "dataset.split",
             "training.started", "training.finished", "privacy.budget", "model.evaluated", "gates.evaluated", "approval.evidence", "approval.requested", "approval.recorded",
             "approval.recorded", "model.promoted", "run.ended"],
            await harness.VerifiedAuditActionsAsync());
    }

    [Fact]
    public async Task InvalidDataset_IsQuarantined_AndRejected()
    {
        await using var harness = await StartAsync();
        var dataset = PipelineHarness.Dataset(5) + "\n{\"messages\": [ broken json\n" + """{"messages":[{"role":"user","content":"no answer"}]}""";

        var result = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(dataset)));

        Assert.Equal(RunStatus.RejectedInvalid, result.Status);
        Assert.Contains("2 errors", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await harness.BlobNamesAsync("incoming/"));
        Assert.Equal([$"quarantine/{result.RunId}/clinic/notes.jsonl"], await harness.BlobNamesAsync("quarantine/"));
        var report = (await harness.Storage.Datasets.GetBlobClient($"reports/{result.RunId}/validation.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"line\": 6", report, StringComparison.Ordinal);
        Assert.Contains("\"line\": 7", report, StringComparison.Ordinal);
        Assert.Equal(0, harness.Gpu.CreateCalls);
        var audit = await harness.VerifiedAuditActionsAsync();
        Assert.Contains("dataset.quarantined", audit);
        Assert.Equal("run.ended", audit[^1]);
    }

    [Fact]
    public async Task Logs_NeverCarryDatasetContent_OnAPromotedRunOrAQuarantinedUpload()
    {
        await using var harness = await StartAsync();
        var promoted = await harness.StartRunAsync(PipelineHarness.Dataset());
        await harness.WaitForApprovalStateAsync(promoted);
        await harness.DecideAsync(promoted, "ann.approver@example.org", ApprovalVerdict.Approve, "fine");
        await harness.DecideAsync(promoted, "bob.approver@example.org", ApprovalVerdict.Approve, "fine");
        Assert.Equal(RunStatus.Promoted, Completed(await harness.WaitForCompletionAsync(promoted)).Status);
        // An invalid upload: the validation report names its lines, the logs must not quote them.
        var invalid = PipelineHarness.Dataset(3) + "\n{\"messages\": [ broken json near Dolores Umbridge\n" +
            """{"messages":[{"role":"user","content":"Call Minerva Okafor on 555-867-5309"}]}""";
        var rejected = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(invalid, "incoming/clinic/second.jsonl")));
        Assert.Equal(RunStatus.RejectedInvalid, rejected.Status);

        var logs = harness.Logs.Lines;

        // The runs were logged (so this test can fail), by id and with counts...
        Assert.Contains(logs, l => l.Contains(promoted, StringComparison.Ordinal) && l.Contains("masked 30 records", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains(rejected.RunId, StringComparison.Ordinal) && l.Contains("quarantine", StringComparison.Ordinal));
        // ...and nothing from inside the records: names, e-mail addresses, phone numbers, message text.
        foreach (var secret in new[] { "Gonzalez", "maria.gonzalez", "555-201-", "@example.com", "Umbridge", "Okafor", "867-5309", "broken json", "move visit", "clinic scheduling" })
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task ResidualPii_AboveLimit_RejectsTheRunAndCleansUp()
    {
        // A masking configuration that keeps e-mail addresses: the independent second pass must catch it.
        var leaky = Policy.Replace("\"defaultOperator\": \"placeholder\"", "\"defaultOperator\": \"placeholder\", \"operators\": { \"EMAIL\": \"keep\" }", StringComparison.Ordinal);
        await using var harness = await StartAsync(policy: leaky);

        var result = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset())));

        Assert.Equal(RunStatus.RejectedResidualPii, result.Status);
        Assert.Contains("EMAIL: 30", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await harness.BlobNamesAsync("work/"));
        Assert.Equal(0, harness.Gpu.CreateCalls);
        Assert.Contains("dataset.residual-scanned", await harness.VerifiedAuditActionsAsync());
    }

    [Fact]
    public async Task FailedGate_RejectsByPolicy_WithoutAskingForApproval()
    {
        var gpu = new FakeGpuHost { Metrics = new() { ["eval_loss"] = 2.7, ["pii_regurgitation_rate"] = 0, ["canary_exposure"] = 0.2 } };
        await using var harness = await StartAsync(gpu);

        var result = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset())));

        Assert.Equal(RunStatus.RejectedByPolicy, result.Status);
        var failed = Assert.Single(result.Gates!, g => !g.Passed);
        Assert.Equal(("eval_loss", 2.7), (failed.Metric, failed.Value!.Value));
        Assert.Contains("eval_loss = 2.7", result.Reason, StringComparison.Ordinal);
        Assert.Null(await harness.Registry.GetAliasAsync("clinic-notes"));
        Assert.Empty(await harness.BlobNamesAsync("work/"));
        var audit = await harness.VerifiedAuditActionsAsync();
        Assert.DoesNotContain("approval.requested", audit);
    }

    private static string PolicyWithEpsilonGate(string extra = "") =>
        Policy.Replace("\"canary_exposure\": { \"max\": 1.0 }", "\"canary_exposure\": { \"max\": 1.0 }, \"dp_epsilon\": { \"max\": 8 }", StringComparison.Ordinal)
            .Replace("\"evalPercent\": 20,", "\"evalPercent\": 20," + extra, StringComparison.Ordinal);

    [Fact]
    public async Task PolicyRequiringDpSgd_TrainsEveryRunWithIt_AndGatesOnTheReportedEpsilon()
    {
        var policy = PolicyWithEpsilonGate("\"differentialPrivacy\": { \"noiseMultiplier\": 1.1, \"clipNorm\": 0.5, \"delta\": 1e-6 },");
        await using var harness = await StartAsync(new FakeGpuHost { PrivacyEpsilon = 3.5 }, policy);

        // The run asks for no DP itself (and a seed of its own): the policy's settings are applied on top.
        var id = await harness.StartRunAsync(PipelineHarness.Dataset(), hyperparameters: new FineTuneHyperparameters(Seed: 9));
        var waiting = await harness.WaitForApprovalStateAsync(id);

        var sent = Assert.Single(harness.Gpu.Requests).Hyperparameters;
        Assert.Equal(new FineTuneHyperparameters(Seed: 9, DpNoiseMultiplier: 1.1, DpClipNorm: 0.5, DpDelta: 1e-6), sent);
        var (evidence, _) = (await RecordEvidenceActivity.ReadAsync(harness.Storage, id, CancellationToken.None))!.Value;
        Assert.Equal((3.5, 1e-6), (evidence.Metrics[PrivacyMetrics.Epsilon], evidence.Metrics[PrivacyMetrics.Delta]));
        Assert.Contains(evidence.Gates, g => g.Metric == PrivacyMetrics.Epsilon && g.Passed && g.Value == 3.5);
        Assert.Equal(sent, evidence.Training.Hyperparameters);
        Assert.NotNull(waiting.Evidence);
    }

    [Fact]
    public async Task DatasetBudget_AddsUpEveryRunOnTheSameData_EvenARejectedOne_AndStopsTheRunThatWouldExceedIt()
    {
        var policy = Policy.Replace("\"canary_exposure\": { \"max\": 1.0 }", "\"canary_exposure\": { \"max\": 1.0 }, \"dp_epsilon_dataset_total\": { \"max\": 5 }", StringComparison.Ordinal)
            .Replace("\"evalPercent\": 20,", "\"evalPercent\": 20, \"differentialPrivacy\": { \"noiseMultiplier\": 1.1 },", StringComparison.Ordinal);
        await using var harness = await StartAsync(new FakeGpuHost { PrivacyEpsilon = 3.5 }, policy);

        // First run on the dataset: 3.5 of a budget of 5. Its approvers reject it, but its evaluation was already shown to
        // them: the spend stays.
        var first = await harness.StartRunAsync(PipelineHarness.Dataset(), "incoming/clinic/first.jsonl");
        await harness.WaitForApprovalStateAsync(first);
        await harness.DecideAsync(first, "ann.approver@example.org", ApprovalVerdict.Reject, "not this time");
        var rejected = Completed(await harness.WaitForCompletionAsync(first));
        // The same records uploaded again: 3.5 + 3.5 = 7 would exceed the dataset's budget.
        var second = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset(), "incoming/clinic/again.jsonl")));

        Assert.Equal(RunStatus.Rejected, rejected.Status);
        Assert.Equal(3.5, rejected.Metrics![PrivacyMetrics.DatasetTotal]);
        Assert.Equal(RunStatus.RejectedByPolicy, second.Status);
        Assert.Contains("dp_epsilon_dataset_total = 7", second.Reason, StringComparison.Ordinal);
        Assert.Contains("privacy.budget", await harness.VerifiedAuditActionsAsync());
    }

    [Fact]
    public async Task EpsilonGate_RejectsARunTrainedWithoutDp_AndOneAboveItsBound()
    {
        await using var harness = await StartAsync(new FakeGpuHost { PrivacyEpsilon = 12 }, PolicyWithEpsilonGate());

        var plain = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset(), "incoming/clinic/plain.jsonl")));
        var weak = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset(), "incoming/clinic/weak.jsonl",
            new FineTuneHyperparameters(DpNoiseMultiplier: 0.3))));

        Assert.Equal(RunStatus.RejectedByPolicy, plain.Status);
        Assert.Contains("dp_epsilon = missing", plain.Reason, StringComparison.Ordinal);
        Assert.Equal(RunStatus.RejectedByPolicy, weak.Status);
        Assert.Contains("dp_epsilon = 12", weak.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_EndsTheRunAtOnce()
    {
        await using var harness = await StartAsync();
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        await harness.WaitForApprovalStateAsync(id);
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve);
        await harness.WaitForApprovalStateAsync(id, "ann.approver@example.org");
        await harness.DecideAsync(id, "carl.approver@example.org", ApprovalVerdict.Reject, "canary exposure too close to limit");
        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Rejected, result.Status);
        Assert.Equal("rejected by carl.approver@example.org", result.Reason);
        var rejection = result.Approvals![^1];
        Assert.Equal((ApprovalVerdict.Reject, "canary exposure too close to limit"), (rejection.Verdict, rejection.Comment));
        Assert.Null(await harness.Registry.GetAliasAsync("clinic-notes"));
        Assert.Contains("approval.rejected", await harness.VerifiedAuditActionsAsync());
    }

    [Fact]
    public async Task Deadline_WithoutEnoughApprovals_Expires()
    {
        await using var harness = await StartAsync(policy: Policy.Replace("PT5M", "PT2S", StringComparison.Ordinal));
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        await harness.WaitForApprovalStateAsync(id);
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve);
        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Expired, result.Status);
        Assert.Equal(["ann.approver@example.org"], result.Approvals!.Select(a => a.Approver));
        Assert.StartsWith("1 of 2 approvals", result.Reason, StringComparison.Ordinal);
        Assert.Contains("approval.expired", await harness.VerifiedAuditActionsAsync());
    }

    [Fact]
    public async Task SubmitterApproval_IsRefused_AndDoesNotCount()
    {
        await using var harness = await StartAsync();
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        await harness.WaitForApprovalStateAsync(id);
        await harness.DecideAsync(id, PipelineHarness.Submitter.ToUpperInvariant(), ApprovalVerdict.Approve, "my own run");
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve);
        // Had the submitter's approval counted, the run would have completed here.
        await harness.WaitForApprovalStateAsync(id, "ann.approver@example.org");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await harness.Client.GetInstanceAsync(id))!.RuntimeStatus);
        await harness.DecideAsync(id, "bob.approver@example.org", ApprovalVerdict.Approve);
        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Promoted, result.Status);
        Assert.DoesNotContain(result.Approvals!, a => string.Equals(a.Approver, PipelineHarness.Submitter, StringComparison.OrdinalIgnoreCase));
        var refused = (await harness.Audit.ReadAllAsync().ToListAsync()).Single(e => e.Action == "approval.refused");
        Assert.Equal("the submitter may not decide on their own run", refused.Details["reason"]);
        Assert.DoesNotContain("my own run", string.Join(' ', refused.Details.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedApproval_BySamePerson_CountsOnce()
    {
        await using var harness = await StartAsync();
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        await harness.WaitForApprovalStateAsync(id);
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve);
        await harness.DecideAsync(id, "Ann.Approver@example.org", ApprovalVerdict.Approve, "clicked twice");
        await harness.WaitForApprovalStateAsync(id, "ann.approver@example.org");
        await Task.Delay(300);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await harness.Client.GetInstanceAsync(id))!.RuntimeStatus);
        await harness.DecideAsync(id, "bob.approver@example.org", ApprovalVerdict.Approve);
        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Promoted, result.Status);
        Assert.Equal(["ann.approver@example.org", "bob.approver@example.org"], result.Approvals!.Select(a => a.Approver));
        var audit = await harness.VerifiedAuditActionsAsync();
        Assert.Single(audit, a => a == "approval.repeated");
        Assert.Equal(2, audit.Count(a => a == "approval.recorded"));
    }

    [Fact]
    public async Task GpuHost_FailingThenRecovering_IsRetried_AndTrainsOnce()
    {
        var gpu = new FakeGpuHost { TransientCreateFailures = 2 };
        await using var harness = await StartAsync(gpu);
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        await harness.WaitForApprovalStateAsync(id);
        await harness.DecideAsync(id, "ann.approver@example.org", ApprovalVerdict.Approve);
        await harness.DecideAsync(id, "bob.approver@example.org", ApprovalVerdict.Approve);
        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Promoted, result.Status);
        Assert.Equal(3, gpu.CreateCalls);
        Assert.Equal(1, gpu.JobsCreated);
    }

    [Fact]
    public async Task GpuHost_DownForGood_FailsTheRunWithReason_AndCleansUp()
    {
        var gpu = new FakeGpuHost { TransientCreateFailures = int.MaxValue };
        await using var harness = await StartAsync(gpu);

        var result = Completed(await harness.WaitForCompletionAsync(await harness.StartRunAsync(PipelineHarness.Dataset())));

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.StartsWith("fine-tune failed: System.Net.Http.HttpRequestException", result.Reason, StringComparison.Ordinal);
        Assert.Equal(PipelineHarness.FastTiming.MaxAttempts, gpu.CreateCalls);
        Assert.Empty(await harness.BlobNamesAsync("work/"));
        Assert.Equal("run.ended", (await harness.VerifiedAuditActionsAsync())[^1]);
    }

    [Fact]
    public async Task TrainingJob_Failing_EndsTheRunFailed()
    {
        await using var harness = await StartAsync(new FakeGpuHost { FinalStatus = FineTuneStatus.Failed, PollsUntilDone = 15 });
        var id = await harness.StartRunAsync(PipelineHarness.Dataset());

        // While the job runs, the custom status reports its state and the latest loss.
        RunProgress? progress = null;
        for (var i = 0; i < 400 && progress?.Detail is null; i++)
        {
            var status = (await harness.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!;
            var current = status.SerializedCustomStatus is null ? null : status.ReadCustomStatusAs<RunProgress>();
            progress = current?.Phase == RunPhase.Training ? current : null;
            await Task.Delay(10);
        }

        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.NotNull(progress);
        Assert.Equal(FineTuneStatus.Running, progress.JobStatus);
        Assert.Matches(@"^step \d+, loss \d", progress.Detail);
        Assert.True(result.Status == RunStatus.Failed, result.Reason);
        Assert.Equal("training job ftjob-1 ended failed: loss became NaN", result.Reason);
        Assert.Empty(await harness.BlobNamesAsync("work/"));
    }

    [Fact]
    public async Task InvalidInput_FailsBeforeTouchingAnything()
    {
        await using var harness = await StartAsync();
        await harness.Storage.Datasets.UploadBlobAsync("elsewhere/x.jsonl", BinaryData.FromString(PipelineHarness.Dataset(3)));
        var id = await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), new PipelineInput(
            "elsewhere/x.jsonl", PipelineHarness.Submitter, "clinic-notes", "tiny-llama", new string('b', 64), Timing: PipelineHarness.FastTiming));

        var result = Completed(await harness.WaitForCompletionAsync(id));

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("invalid input: datasetBlob must name a blob under incoming/", result.Reason);
        Assert.True((await harness.Storage.Datasets.GetBlobClient("elsewhere/x.jsonl").ExistsAsync()).Value);
        Assert.Equal(["run.ended"], await harness.VerifiedAuditActionsAsync());
    }
}
