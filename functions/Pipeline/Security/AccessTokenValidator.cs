using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Pipeline.Security;

/// <summary>
/// Bearer token settings. In Azure: the Entra ID tenant's authority and the API's audience; signing keys come from
/// the authority's published metadata. Locally: a development signing key (from the local secret store) instead of
/// an authority. Either way the same validation runs.
/// </summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Auth";

    /// <summary>The audience tokens must be issued for (the API's application ID URI).</summary>
    [Required]
    public string Audience { get; set; } = "";

    /// <summary>Entra ID authority, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>; null when a dev key is used.</summary>
    public Uri? Authority { get; set; }

    /// <summary>Accepted issuer; defaults to the authority's issuer from its metadata.</summary>
    public string? Issuer { get; set; }

    /// <summary>Development only: HMAC-SHA256 signing key. Never set in Azure (no secrets in settings).</summary>
    public byte[]? DevelopmentSigningKey { get; set; }
}

/// <summary>Who called, and with which app roles.</summary>
public sealed record Caller(string Id, string Name, IReadOnlySet<string> Roles)
{
    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}

/// <summary>Validates bearer tokens: signature, issuer, audience, lifetime; then reads the caller and its app roles.</summary>
public sealed class AccessTokenValidator
{
    private readonly AccessTokenOptions _options;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;

    public AccessTokenValidator(IOptions<AccessTokenOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.Authority is not null)
        {
            var metadataAddress = $"{_options.Authority.ToString().TrimEnd('/')}/.well-known/openid-configuration";
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadataAddress, new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
        }
        else if (_options.DevelopmentSigningKey is not { Length: >= 32 })
        {
            throw new OptionsValidationException(AccessTokenOptions.Section, typeof(AccessTokenOptions),
                ["Auth: set Authority (Entra ID) or, for local development only, a 32-byte DevelopmentSigningKey."]);
        }
    }

    /// <summary>The development issuer used by locally minted tokens.</summary>
    public const string DevelopmentIssuer = "https://pipeline.local/dev";

    /// <summary>The audience of the local stack's API.</summary>
    public const string LocalAudience = "api://private-lora-pipeline";

    /// <summary>Secret-store name of the local stack's token signing key (never used in Azure).</summary>
    public const string DevelopmentSigningKeyName = "dev-token-signing-key";

    /// <summary>The caller, or null when the token is missing, malformed, expired, or not for this API.</summary>
    public async Task<Caller?> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        var parameters = new TokenValidationParameters
        {
            ValidAudience = _options.Audience,
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };

        if (_metadata is not null)
        {
            var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuer = _options.Issuer ?? configuration.Issuer;
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }
        else
        {
            parameters.ValidIssuer = _options.Issuer ?? DevelopmentIssuer;
            parameters.IssuerSigningKey = new SymmetricSecurityKey(_options.DevelopmentSigningKey);
            parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return null;
        }

        var identity = result.ClaimsIdentity;
        var id = identity.FindFirst("oid")?.Value ?? identity.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var name = identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst("name")?.Value ?? id;
        var roles = identity.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(id, name, roles);
    }

    /// <summary>Mints a development token (local stack and tests only: requires the development key).</summary>
    public static string CreateDevelopmentToken(byte[] signingKey, string audience, string user, IEnumerable<string> roles, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user,
            ["preferred_username"] = user,
            ["roles"] = roles.ToArray(),
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentIssuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
