using Pipeline.GpuHost;
using Pipeline.Secrets;
using Pipeline.Security;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>
/// The local stack's identity towards its GPU host: a short-lived token signed with the machine's development key
/// (the GPU host in Development accepts that key). In Azure the managed identity plays this part.
/// </summary>
internal sealed class DevelopmentGpuHostTokenSource(ISecretStore secrets, string audience) : IGpuHostTokenSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Renew)? _current;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Renew > DateTimeOffset.UtcNow)
        {
            return current.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var key = await secrets.GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32, cancellationToken);
            var token = AccessTokenValidator.CreateDevelopmentToken(key, audience, "pipeline-local-stack", [], Lifetime);
            _current = (token, DateTimeOffset.UtcNow + Lifetime / 2);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
