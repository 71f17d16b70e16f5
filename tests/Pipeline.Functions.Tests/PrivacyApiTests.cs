using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Http;
using Pipeline.Registry;
using Pipeline.Security;
using Pipeline.Storage;
using TestSupport;

namespace Pipeline.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class PrivacyApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DatasetPrivacy_ListsEveryRunsSpend_WithTheTotalOnlyWhileEveryRunUsedDp()
    {
        var datasets = await azurite.NewContainerAsync("datasets");
        var storage = new PipelineStorage(azurite.BlobService, Options.Create(new PipelineStorageOptions { DatasetsContainer = datasets.Name }));
        var api = new PrivacyApi(TestCallers.Authorizer(), storage);
        var ledger = new PrivacyLedger(datasets);
        var (privateOnly, mixed) = (new string('a', 64), new string('b', 64));
        await ledger.RecordAsync(privateOnly, "run-1", 2.5);
        await ledger.RecordAsync(privateOnly, "run-2", 1.5);
        await ledger.RecordAsync(mixed, "run-3", 2.0);
        await ledger.RecordAsync(mixed, "run-4", null);

        var first = Json(await api.GetAsync(TestCallers.Request(AppRoles.Admin, "{}", "dpo"), privateOnly.ToUpperInvariant()));
        var second = Json(await api.GetAsync(TestCallers.Request(AppRoles.Admin, "{}", "dpo"), mixed));
        var unused = Json(await api.GetAsync(TestCallers.Request(AppRoles.Admin, "{}", "dpo"), new string('c', 64)));
        var byApprover = (ObjectResult)await api.GetAsync(TestCallers.Request(AppRoles.Approver, "{}", "ann"), privateOnly);
        var notAHash = (ObjectResult)await api.GetAsync(TestCallers.Request(AppRoles.Admin, "{}", "dpo"), "../clinic");

        Assert.Equal(privateOnly, first.GetProperty("datasetSha256").GetString());
        Assert.Equal(["run-1", "run-2"], first.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("RunId").GetString()));
        Assert.Equal(4.0, first.GetProperty("epsilonTotal").GetDouble());
        Assert.Equal(1, second.GetProperty("runsWithoutDp").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("epsilonTotal").ValueKind);
        Assert.Equal(0, unused.GetProperty("runs").GetArrayLength());
        Assert.Equal(0.0, unused.GetProperty("epsilonTotal").GetDouble());
        Assert.Equal(StatusCodes.Status403Forbidden, byApprover.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, notAHash.StatusCode);
    }

    private static JsonElement Json(IActionResult result) =>
        JsonDocument.Parse(JsonSerializer.Serialize(Assert.IsType<OkObjectResult>(result).Value)).RootElement;
}
