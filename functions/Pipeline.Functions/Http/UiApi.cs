using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Functions.Http;

/// <summary>
/// <c>GET /api/ui/{*path}</c>: the approver page, a few static files embedded in this assembly. The page is public
/// because it holds no data; everything it shows comes from the authorised API with the signed-in user's token.
/// </summary>
public sealed class UiApi
{
    /// <summary>The page's policy: its own script and styles only, no inline code, API calls to this origin only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private const string ResourcePrefix = "ui/";
    private const string IndexFile = "index.html";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Names are looked up in this fixed set, never joined to a file system path, so "../" and its encodings cannot
    // reach anything else: an unknown name is simply not found.
    private static readonly FrozenDictionary<string, Asset> Assets = LoadAssets();

    /// <summary>The names of the files the page is made of (<c>index.html</c>, <c>app.css</c>, <c>app.js</c>).</summary>
    public static IReadOnlyCollection<string> FileNames => Assets.Keys;

    [Function("Ui")]
    public Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ui/{*path}")] HttpRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";

        if (string.IsNullOrEmpty(path))
        {
            // The page uses relative URLs (app.js, app.css), which resolve against /api/ui/ but not against /api/ui.
            if (request.Path.HasValue && !request.Path.Value.EndsWith('/'))
            {
                return Task.FromResult<IActionResult>(new RedirectResult("ui/"));
            }

            path = IndexFile;
        }

        IActionResult result = Assets.TryGetValue(path, out var asset)
            ? new FileContentResult(asset.Content, asset.ContentType) { EntityTag = asset.ETag }
            : Problems.NotFound("The page");
        return Task.FromResult(result);
    }

    private static FrozenDictionary<string, Asset> LoadAssets()
    {
        var assembly = typeof(UiApi).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !ContentTypes.TryGetValue(Path.GetExtension(resource), out var contentType))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
            assets[resource[ResourcePrefix.Length..]] = new Asset(content, contentType, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, EntityTagHeaderValue ETag);
}
