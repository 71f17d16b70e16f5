using System.Net.Http.Headers;

namespace Pipeline.GpuHost;

/// <summary>
/// How the pipeline proves its identity to the GPU host: a managed-identity token in Azure, a locally signed
/// development token on the local stack. The host refuses every call without one.
/// </summary>
public interface IGpuHostTokenSource
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Adds the app's bearer token to every request to the GPU host.</summary>
public sealed class GpuHostAuthenticationHandler(IGpuHostTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
