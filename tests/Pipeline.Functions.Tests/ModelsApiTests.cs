using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pipeline.Audit;
using Pipeline.Functions.Http;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Registry;
using Pipeline.Security;
using TestSupport;

namespace Pipeline.Functions.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

[Collection(AzuriteCollection.Name)]
public sealed class ModelsApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Models_ListShowAndRollBack_WithAudit()
    {
        var (api, registry, audit) = await CreateAsync();
        await registry.PromoteAsync(Publication("run-1"), Adapter([1, 2, 3]), "pipeline");
        await registry.PromoteAsync(Publication("run-2"), Adapter([4, 5, 6]), "pipeline");

        var list = (OkObjectResult)await api.ListAsync(Request(AppRoles.InferenceUser));
        var model = (OkObjectResult)await api.GetAsync(Request(AppRoles.Approver), "clinic-notes");
        var rolledBack = (OkObjectResult)await api.RollbackAsync(Request(AppRoles.Admin, "admin-1"), "clinic-notes");

        Assert.Contains("\"productionVersion\":2", System.Text.Json.JsonSerializer.Serialize(list.Value), StringComparison.Ordinal);
        Assert.Contains("\"Version\":2", System.Text.Json.JsonSerializer.Serialize(model.Value), StringComparison.Ordinal);
        Assert.Equal(1, ((AliasState)rolledBack.Value!).Version);
        Assert.Equal(1, (await registry.GetAliasAsync("clinic-notes"))!.Version);
        var verification = await audit.VerifyAsync();
        Assert.True(verification.IsValid);
        Assert.True(verification.EntriesChecked >= 1);
    }

    [Fact]
    public async Task Rollback_NeedsAdmin_AndAnEarlierVersion_AndAKnownModel()
    {
        var (api, registry, _) = await CreateAsync();
        await registry.PromoteAsync(Publication("run-1"), Adapter([1]), "pipeline");

        var byApprover = (ObjectResult)await api.RollbackAsync(Request(AppRoles.Approver), "clinic-notes");
        var nothingEarlier = (ObjectResult)await api.RollbackAsync(Request(AppRoles.Admin), "clinic-notes");
        var unknown = (ObjectResult)await api.RollbackAsync(Request(AppRoles.Admin), "no-such-model");
        var badName = (ObjectResult)await api.GetAsync(Request(AppRoles.Admin), "Bad/Name");

        Assert.Equal(StatusCodes.Status403Forbidden, byApprover.StatusCode);
        Assert.Equal(StatusCodes.Status409Conflict, nothingEarlier.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, unknown.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, badName.StatusCode);
    }

    [Fact]
    public async Task Retire_StopsServingDeletesTheAdapterEverywhere_AndAuditsWithoutTheReasonText()
    {
        var gpu = new DeletingGpuHost();
        var (api, registry, audit) = await CreateAsync(gpu);
        await registry.PromoteAsync(Publication("run-1") with { ServingName = "ft-job-1" }, Adapter([1]), "pipeline");
        await registry.PromoteAsync(Publication("run-2") with { ServingName = "ft-job-2" }, Adapter([2]), "pipeline");
        const string reason = "GDPR erasure request ticket 4711 for Jane Roe";

        var retired = (OkObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", "{\"reason\":\"" + reason + "\"}"), "clinic-notes", "2");
        var again = (OkObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", "{\"reason\":\"repeat\"}"), "clinic-notes", "2");

        // Production is back on version 1 at once; the GPU host deleted version 2's adapter, once.
        Assert.Equal(1, (await registry.GetAliasAsync("clinic-notes"))!.Version);
        Assert.Equal(["ft-job-2"], gpu.Deleted);
        Assert.Contains("\"gpuHostAdapterDeleted\":true", System.Text.Json.JsonSerializer.Serialize(retired.Value), StringComparison.Ordinal);
        Assert.Contains("\"AlreadyRetired\":true", System.Text.Json.JsonSerializer.Serialize(again.Value), StringComparison.Ordinal);
        var model = System.Text.Json.JsonSerializer.Serialize(((OkObjectResult)await api.GetAsync(Request(AppRoles.Approver), "clinic-notes")).Value);
        Assert.Contains("\"retiredVersions\":[2]", model, StringComparison.Ordinal);
        var entries = await audit.ReadAllAsync().Where(e => e.Action == "model.retired").ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal("clinic-notes/versions/2", entries[0].Subject);
        Assert.Equal("admin-1", entries[0].Actor);
        Assert.Equal("1", entries[0].Details!["production"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(reason))), entries[0].Details!["reasonSha256"]);
        Assert.DoesNotContain(await audit.ReadAllAsync().ToListAsync(), e => System.Text.Json.JsonSerializer.Serialize(e).Contains("Jane Roe", StringComparison.Ordinal));
        Assert.True((await audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task Retire_NeedsAdminAReasonAndAnExistingVersion_AndSaysSoWhenTheGpuHostIsDown()
    {
        var gpu = new DeletingGpuHost();
        var (api, registry, _) = await CreateAsync(gpu);
        await registry.PromoteAsync(Publication("run-1") with { ServingName = "ft-job-1" }, Adapter([1]), "pipeline");
        const string body = "{\"reason\":\"withdrawn approval\"}";

        var byApprover = (ObjectResult)await api.RetireAsync(Request(AppRoles.Approver, "ann", body), "clinic-notes", "1");
        var noReason = (ObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", "{}"), "clinic-notes", "1");
        var noVersion = (ObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", body), "clinic-notes", "7");
        var badVersion = (ObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", body), "clinic-notes", "-1");
        Assert.Equal(1, (await registry.GetAliasAsync("clinic-notes"))!.Version); // nothing refused changed anything
        gpu.Down = true;
        var gpuDown = (ObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", body), "clinic-notes", "1");
        gpu.Down = false;
        var completed = (OkObjectResult)await api.RetireAsync(Request(AppRoles.Admin, "admin-1", body), "clinic-notes", "1");

        Assert.Equal(StatusCodes.Status403Forbidden, byApprover.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, noReason.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, noVersion.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, badVersion.StatusCode);
        Assert.Equal(StatusCodes.Status502BadGateway, gpuDown.StatusCode);
        Assert.Contains("\"gpuHostAdapterDeleted\":true", System.Text.Json.JsonSerializer.Serialize(completed.Value), StringComparison.Ordinal);
        Assert.Equal(["ft-job-1"], gpu.Deleted);
        Assert.Null(await registry.GetAliasAsync("clinic-notes")); // the only version is retired: nothing is served
    }

    [Fact]
    public async Task TrainedOn_ListsEveryVersionOfEveryModelFromTheDataset_WithItsState()
    {
        var (api, registry, _) = await CreateAsync();
        var dataset = new string('d', 64);
        await registry.PromoteAsync(Publication("run-1") with { RawDatasetSha256 = dataset }, Adapter([1]), "pipeline");
        await registry.PromoteAsync(Publication("run-2"), Adapter([2]), "pipeline");
        await registry.PromoteAsync(Publication("run-3") with { ModelName = "claims-triage", MaskedDatasetSha256 = dataset }, Adapter([3]), "pipeline");
        await registry.RetireAsync("clinic-notes", 1, "admin", "erasure");

        var found = (OkObjectResult)await api.TrainedOnAsync(Request(AppRoles.Admin), dataset.ToUpperInvariant());
        var byApprover = (ObjectResult)await api.TrainedOnAsync(Request(AppRoles.Approver), dataset);
        var notAHash = (ObjectResult)await api.TrainedOnAsync(Request(AppRoles.Admin), "clinic-notes");

        using var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(found.Value));
        var versions = json.RootElement.GetProperty("versions").EnumerateArray()
            .Select(v => (Model: v.GetProperty("model").GetString(), Version: v.GetProperty("Version").GetInt32(), Serves: v.GetProperty("servesProduction").GetBoolean(),
                Retired: v.GetProperty("retired").ValueKind != System.Text.Json.JsonValueKind.Null))
            .OrderBy(v => v.Model, StringComparer.Ordinal).ToList();
        Assert.Equal([("claims-triage", 1, true, false), ("clinic-notes", 1, false, true)], versions);
        Assert.Equal(StatusCodes.Status403Forbidden, byApprover.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, notAHash.StatusCode);
    }

    private async Task<(ModelsApi Api, ModelRegistry Registry, AuditLog Audit)> CreateAsync(IGpuHostClient? gpu = null)
    {
        var models = await azurite.NewContainerAsync("models");
        var auditContainer = await azurite.NewContainerAsync("audit");
        var registry = new ModelRegistry(models);
        var audit = new AuditLog(auditContainer);
        var authorizer = TestCallers.Authorizer();
        return (new ModelsApi(authorizer, registry, audit, gpu ?? new DeletingGpuHost()), registry, audit);
    }

    /// <summary>The GPU host's delete endpoint only (the registry routes use nothing else); can be made unreachable.</summary>
    private sealed class DeletingGpuHost : IGpuHostClient
    {
        public List<string> Deleted { get; } = [];

        public bool Down { get; set; }

        public Task<bool> DeleteModelAsync(string model, CancellationToken cancellationToken = default)
        {
            if (Down)
            {
                throw new HttpRequestException("connection refused");
            }

            if (Deleted.Contains(model))
            {
                return Task.FromResult(false);
            }

            Deleted.Add(model);
            return Task.FromResult(true);
        }

        public Task<FineTuneJob> CreateFineTuneAsync(FineTuneRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<FineTuneJob> GetFineTuneAsync(string jobId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DownloadAdapterAsync(string jobId, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private static HttpRequest Request(string role, string user = "user-1", string body = "{}") => TestCallers.Request(role, body, user);

    internal static ModelPublication Publication(string runId) => new(
        "clinic-notes", runId, "submitter@example.org", "tiny-llama", new string('b', 64), new string('r', 64), new string('m', 64),
        new string('t', 64), new string('e', 64),
        new MaskingSummary("m-1", 10, 4, 7, new Dictionary<string, long> { ["PERSON"] = 5 }),
        "p-1", new FineTuneHyperparameters(), "job-" + runId,
        new Dictionary<string, double> { ["eval_loss"] = 1.25 },
        [new GateResult("eval_loss", GateComparison.AtMost, 2, 1.25, true)],
        [new ApprovalDecision("ann@example.org", ApprovalVerdict.Approve, "fine", DateTimeOffset.UnixEpoch)],
        [new TrainingMetricPoint(1, 3.0, 3.1), new TrainingMetricPoint(2, 2.0, 2.4)],
        """{"metrics":{"eval_loss":1.25}}""");

    internal static Func<Stream, CancellationToken, Task> Adapter(byte[] bytes) => (stream, ct) => stream.WriteAsync(bytes, ct).AsTask();
}
