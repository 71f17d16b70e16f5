using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Audit;
using Pipeline.Security;

namespace Pipeline.Functions.Http;

/// <summary>Health (anonymous, no details) and audit-chain verification (administrators).</summary>
public sealed class OperationsApi(RequestAuthorizer authorizer, AuditLog audit)
{
    [Function("Health")]
    public static IActionResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new OkObjectResult(new { status = "ok" });

    [Function("VerifyAudit")]
    public async Task<IActionResult> VerifyAuditAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit/verify")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Admin);
        if (failure is not null)
        {
            return failure;
        }

        return new OkObjectResult(await audit.VerifyAsync(request.HttpContext.RequestAborted));
    }
}
