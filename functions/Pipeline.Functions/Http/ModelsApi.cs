using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Registry;
using Pipeline.Security;

namespace Pipeline.Functions.Http;

/// <summary>The model registry: list models, show one with its versions, roll the production alias back, retire a version.</summary>
public sealed class ModelsApi(RequestAuthorizer authorizer, ModelRegistry registry, AuditLog audit, IGpuHostClient gpuHost)
{
    private static readonly string[] Readers = [AppRoles.Submitter, AppRoles.Approver, AppRoles.InferenceUser];

    [Function("ListModels")]
    public async Task<IActionResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "models")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, failure) = await authorizer.AuthorizeAsync(request, Readers);
        if (failure is not null)
        {
            return failure;
        }

        var models = new List<object>();
        foreach (var name in await registry.ListModelsAsync(request.HttpContext.RequestAborted))
        {
            var production = await registry.GetAliasAsync(name, cancellationToken: request.HttpContext.RequestAborted);
            models.Add(new { name, productionVersion = production?.Version });
        }

        return new OkObjectResult(models);
    }

    [Function("GetModel")]
    public async Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "models/{name}")] HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, failure) = await authorizer.AuthorizeAsync(request, Readers);
        if (failure is not null)
        {
            return failure;
        }

        if (!IsModelName(name))
        {
            return Problems.BadRequest("model names use lower-case letters, digits and '-'");
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var versions = await registry.ListVersionsAsync(name, cancellationToken);
        if (versions.Count == 0)
        {
            return Problems.NotFound($"Model '{name}'");
        }

        var manifests = new List<ModelManifest>();
        foreach (var version in versions)
        {
            if (await registry.GetManifestAsync(name, version, cancellationToken) is { } manifest)
            {
                manifests.Add(manifest);
            }
        }

        return new OkObjectResult(new
        {
            name,
            production = await registry.GetAliasAsync(name, cancellationToken: cancellationToken),
            versions = manifests,
            retiredVersions = await registry.RetiredVersionsAsync(name, cancellationToken),
        });
    }

    [Function("RollbackModel")]
    public async Task<IActionResult> RollbackAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "models/{name}/rollback")] HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, failure) = await AdminOnModelAsync(request, name);
        if (failure is not null)
        {
            return failure;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        if ((await registry.ListVersionsAsync(name, cancellationToken)).Count == 0)
        {
            return Problems.NotFound($"Model '{name}'");
        }

        AliasState state;
        try
        {
            state = await registry.RollbackAsync(name, caller!.Id, cancellationToken: cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return Problems.Conflict("nothing-to-roll-back", "There is no earlier production version.", ex.Message);
        }

        await audit.AppendAsync(new AuditEvent(caller.Id, "model.rollback", $"{name}/{ModelRegistry.ProductionAlias}",
            new Dictionary<string, string> { ["version"] = state.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }), cancellationToken);
        return new OkObjectResult(state);
    }

    /// <summary>
    /// Retires a version for good (an erasure request for its training data, a withdrawn approval): production stops
    /// serving it at once (the alias falls back to the newest earlier live version, or is removed), its adapter is deleted
    /// from the registry and from the GPU host, and the decision is audited. Manifest and model card stay as the record.
    /// Idempotent: when the GPU host is unreachable the call answers 502 and a repeat completes it.
    /// </summary>
    [Function("RetireModelVersion")]
    public async Task<IActionResult> RetireAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "models/{name}/versions/{version}/retire")] HttpRequest request, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, failure) = await AdminOnModelAsync(request, name);
        if (failure is not null)
        {
            return failure;
        }

        // A string, not an int parameter: route values bind the same way in Functions and in the local stack.
        if (!int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Problems.BadRequest("versions are positive integers");
        }

        var (body, invalid) = await RequestBodies.ReadAsync<RetireRequest>(request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body?.Reason is not { Length: > 0 and <= 500 } reason || string.IsNullOrWhiteSpace(reason))
        {
            return Problems.BadRequest("reason is required (a ticket reference or a short text, at most 500 characters; it is kept as a SHA-256 only)");
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        RetirementResult result;
        try
        {
            result = await registry.RetireAsync(name, number, caller!.Id, reason, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return Problems.NotFound($"Version {version} of model '{name}'");
        }

        bool deletedOnGpuHost;
        try
        {
            deletedOnGpuHost = result.ServingName is { } serving && await gpuHost.DeleteModelAsync(serving, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or GpuHostRequestException or TaskCanceledException)
        {
            return Problems.Create(StatusCodes.Status502BadGateway, "gpu-host-unavailable", "The version is retired but the GPU host could not delete its adapter.",
                "Production no longer serves it. Repeat this request to finish.");
        }

        await audit.AppendAsync(new AuditEvent(caller.Id, "model.retired", $"{name}/versions/{version}", new Dictionary<string, string>
        {
            ["reasonSha256"] = result.Record.ReasonSha256,
            ["production"] = result.Production?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
            ["gpuHostAdapterDeleted"] = deletedOnGpuHost ? "true" : "false",
            ["alreadyRetired"] = result.AlreadyRetired ? "true" : "false",
        }), cancellationToken);
        return new OkObjectResult(new { retired = result.Record, production = result.Production, gpuHostAdapterDeleted = deletedOnGpuHost, result.AlreadyRetired });
    }

    /// <summary>
    /// Which model versions were trained on a dataset, by its raw or masked SHA-256 (as in run results, manifests and
    /// model cards): the list an erasure request works through, each with whether it is retired and whether it serves.
    /// </summary>
    [Function("ModelsTrainedOnDataset")]
    public async Task<IActionResult> TrainedOnAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "datasets/{sha256}/models")] HttpRequest request, string sha256)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Admin);
        if ((failure ?? Problems.InvalidDatasetHash(sha256)) is { } refused)
        {
            return refused;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var versions = new List<object>();
        foreach (var (manifest, retirement) in await registry.FindByDatasetAsync(sha256, cancellationToken))
        {
            var production = await registry.GetAliasAsync(manifest.ModelName, cancellationToken: cancellationToken);
            versions.Add(new
            {
                model = manifest.ModelName,
                manifest.Version,
                manifest.RunId,
                manifest.CreatedAt,
                servesProduction = production?.Version == manifest.Version,
                retired = retirement,
            });
        }

        return new OkObjectResult(new { datasetSha256 = sha256.ToLowerInvariant(), versions });
    }

    /// <summary>POST /api/models/{name}/versions/{version}/retire body.</summary>
    public sealed record RetireRequest(string? Reason);

    /// <summary>The admin-only routes on one model: the caller must be Pipeline.Admin and the name well formed.</summary>
    private async Task<(Caller? Caller, IActionResult? Failure)> AdminOnModelAsync(HttpRequest request, string name)
    {
        var (caller, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Admin);
        return failure is not null ? (null, failure)
            : IsModelName(name) ? (caller, null)
            : (null, Problems.BadRequest("model names use lower-case letters, digits and '-'"));
    }

    private static bool IsModelName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
