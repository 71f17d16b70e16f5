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

    private async Task<(ModelsApi Api, ModelRegistry Registry, AuditLog Audit)> CreateAsync()
    {
        var models = await azurite.NewContainerAsync("models");
        var auditContainer = await azurite.NewContainerAsync("audit");
        var registry = new ModelRegistry(models);
        var audit = new AuditLog(auditContainer);
        var authorizer = TestCallers.Authorizer();
        return (new ModelsApi(authorizer, registry, audit), registry, audit);
    }

    private static HttpRequest Request(string role, string user = "user-1") => TestCallers.Request(role, user: user);

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
