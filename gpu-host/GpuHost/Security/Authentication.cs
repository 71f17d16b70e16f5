using System.Security.Claims;
using GpuHost.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pipeline.Secrets;

namespace GpuHost.Security;

/// <summary>
/// Points the one JwtBearer scheme at Entra ID (authority metadata) or at the local signing key. Everything else —
/// audience, issuer, lifetime, algorithm checks — is the same code path in both.
/// </summary>
internal sealed class ConfigureJwtBearer(IOptions<AuthOptions> auth, LocalSigningKey localKey) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        var a = auth.Value;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = true,
            ValidAudience = a.Audience,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            RoleClaimType = "roles",
            NameClaimType = "sub",
        };
        if (a.Authority is not null)
        {
            options.Authority = a.Authority;
        }
        else
        {
            options.TokenValidationParameters.ValidIssuer = a.LocalIssuer;
            options.TokenValidationParameters.IssuerSigningKey = localKey.Key;
            options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}

/// <summary>
/// The symmetric key for locally signed tokens (development and test rigs), kept in the secret store so that the
/// CLI's <c>dev-token</c> command and the service agree on it. Loaded once, lazily: only the local mode needs it.
/// </summary>
public sealed class LocalSigningKey(ISecretStore secrets, IOptions<AuthOptions> auth)
{
    /// <summary>The same secret the pipeline's local stack signs development tokens with (one dev key per machine).</summary>
    public const string SecretName = Pipeline.Security.AccessTokenValidator.DevelopmentSigningKeyName;
    private readonly Lazy<SymmetricSecurityKey> _key = new(() =>
        // Options configuration is synchronous; this runs once at the first authenticated request.
        new SymmetricSecurityKey(secrets.GetOrCreateKeyAsync(SecretName, 32).GetAwaiter().GetResult()));

    public SymmetricSecurityKey Key => _key.Value;

    /// <summary>Mints a token for the host's audience (local mode only).</summary>
    public string CreateToken(string subject, TimeSpan lifetime, IEnumerable<string>? roles = null, string? audience = null, string? clientId = null)
    {
        var a = auth.Value;
        var claims = new List<Claim> { new("sub", subject) };
        if (clientId is not null)
        {
            // The calling application, as Entra ID names it in v2 access tokens.
            claims.Add(new Claim("azp", clientId));
        }

        claims.AddRange((roles ?? []).Select(r => new Claim("roles", r)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = a.LocalIssuer,
            Audience = audience ?? a.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddSeconds(-5),
            IssuedAt = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
