using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Security;

namespace Pipeline.Functions.Http;

/// <summary>Authenticates a request's bearer token and checks its app roles; the answer is a caller or a problem.</summary>
public sealed class RequestAuthorizer(AccessTokenValidator validator)
{
    public async Task<(Caller? Caller, IActionResult? Failure)> AuthorizeAsync(HttpRequest request, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await validator.ValidateAsync(request.Headers.Authorization.ToString(), request.HttpContext.RequestAborted);
        if (caller is null)
        {
            return (null, Problems.Unauthorized());
        }

        // Admins may do everything; everyone else needs one of the roles the operation names.
        if (!caller.Roles.Contains(AppRoles.Admin) && !caller.IsInAnyRole(roles))
        {
            return (null, Problems.Forbidden(roles));
        }

        return (caller, null);
    }
}
