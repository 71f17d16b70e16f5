using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Audit;
using Pipeline.Registry;
using Pipeline.Security;

namespace Pipeline.Functions.Http;

/// <summary>The model registry: list models, show one with its versions, and roll the production alias back.</summary>
public sealed class ModelsApi(RequestAuthorizer authorizer, ModelRegistry registry, AuditLog audit)
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

        return new OkObjectResult(new { name, production = await registry.GetAliasAsync(name, cancellationToken: cancellationToken), versions = manifests });
    }

    [Function("RollbackModel")]
    public async Task<IActionResult> RollbackAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "models/{name}/rollback")] HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Admin);
        if (failure is not null)
        {
            return failure;
        }

        if (!IsModelName(name))
        {
            return Problems.BadRequest("model names use lower-case letters, digits and '-'");
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

    private static bool IsModelName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
