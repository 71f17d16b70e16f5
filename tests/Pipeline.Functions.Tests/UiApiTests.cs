using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Functions.Http;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The approver page's files: served from the fixed embedded set with their content types and security headers,
/// nothing else reachable, and markup that the strict Content-Security-Policy does not break.
/// </summary>
public sealed partial class UiApiTests
{
    [Fact]
    public async Task Index_IsServedForTheFolderWithTheSecurityHeaders()
    {
        var request = Request("/api/ui/");

        var result = await new UiApi().GetAsync(request, null);

        var file = Assert.IsType<FileContentResult>(result);
        Assert.Equal("text/html; charset=utf-8", file.ContentType);
        Assert.Contains("<script src=\"app.js\"", Encoding.UTF8.GetString(file.FileContents), StringComparison.Ordinal);
        var headers = request.HttpContext.Response.Headers;
        Assert.Equal(UiApi.ContentSecurityPolicy, headers.ContentSecurityPolicy.ToString());
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            headers.ContentSecurityPolicy.ToString());
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", headers["Referrer-Policy"].ToString());
        Assert.Equal("no-cache", headers.CacheControl.ToString());
    }

    [Fact]
    public async Task Folder_WithoutTrailingSlash_RedirectsToTheFolder()
    {
        // Relative URLs in the page (app.js, app.css, ../runs) only resolve correctly against /api/ui/.
        var result = await new UiApi().GetAsync(Request("/api/ui"), null);

        var redirect = Assert.IsType<RedirectResult>(result);
        Assert.Equal("ui/", redirect.Url);
        Assert.False(redirect.Permanent);
    }

    [Fact]
    public async Task Index_ExecutesToThePageWithItsHeaders()
    {
        // Run the result the way the host does, to see the bytes and headers a browser gets.
        var context = ExecutableContext("/api/ui/");

        var result = await new UiApi().GetAsync(context.Request, "");
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
        Assert.Equal(UiApi.ContentSecurityPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.StartsWith("<!doctype html>", Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_WithoutTrailingSlash_ExecutesToARelativeRedirect()
    {
        var context = ExecutableContext("/api/ui");

        var result = await new UiApi().GetAsync(context.Request, null);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("ui/", context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("app.css", "text/css; charset=utf-8")]
    [InlineData("app.js", "text/javascript; charset=utf-8")]
    public async Task Asset_IsServedWithItsContentType(string path, string contentType)
    {
        var request = Request("/api/ui/" + path);

        var result = await new UiApi().GetAsync(request, path);

        var file = Assert.IsType<FileContentResult>(result);
        Assert.Equal(contentType, file.ContentType);
        Assert.NotEmpty(file.FileContents);
        Assert.NotNull(file.EntityTag);
        Assert.Equal("nosniff", request.HttpContext.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal(UiApi.ContentSecurityPolicy, request.HttpContext.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public void Files_AreExactlyThePagesThree() =>
        Assert.Equal(["app.css", "app.js", "index.html"], UiApi.FileNames.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("missing.js")]
    [InlineData("../host.json")]
    [InlineData("../../local.settings.json")]
    [InlineData("..%2Fhost.json")]
    [InlineData("%2e%2e/%2e%2e/Pipeline.Functions.dll")]
    [InlineData("%2E%2E%2Fapp.js")]
    [InlineData("..\\app.js")]
    [InlineData("./app.js")]
    [InlineData("/app.js")]
    [InlineData("app.js/")]
    [InlineData("APP.JS")]
    [InlineData("app.js%00.html")]
    [InlineData("wwwroot/index.html")]
    [InlineData("Ui/wwwroot/index.html")]
    [InlineData("ui/index.html")]
    [InlineData("Pipeline.Functions.Ui.wwwroot.index.html")]
    public async Task UnknownOrTraversingPath_IsNotFound(string path)
    {
        var result = await new UiApi().GetAsync(Request("/api/ui/" + path), path);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
        Assert.IsType<ProblemDetails>(problem.Value);
    }

    [Fact]
    public async Task Html_HasNoInlineScriptsStylesOrHandlers()
    {
        var html = await TextAsync("index.html");

        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Matches(SrcAttribute(), script.Groups["attributes"].Value));
        Assert.All(Tag().Matches(html), tag =>
        {
            Assert.DoesNotMatch(HandlerAttribute(), tag.Value);
            Assert.DoesNotMatch(StyleAttribute(), tag.Value);
        });
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Html_LoadsOnlyThePagesOwnFiles()
    {
        // No CDN: every src and href is one of the page's files, a fragment or an empty data: URL.
        var html = await TextAsync("index.html");

        var references = UrlAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("app.js", references);
        Assert.Contains("app.css", references);
        Assert.All(references, url => Assert.True(
            UiApi.FileNames.Contains(url) || url.StartsWith('#') || url == "data:,",
            $"unexpected reference {url}"));
    }

    [Fact]
    public async Task Script_NeverParsesTextAsHtmlOrCode()
    {
        // Server text reaches the page through textContent only, and the CSP forbids eval.
        var script = await TextAsync("app.js");

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "localStorage" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }

        Assert.Contains("sessionStorage", script, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(string path)
    {
        var file = (FileContentResult)await new UiApi().GetAsync(Request("/api/ui/" + path), path);
        return Encoding.UTF8.GetString(file.FileContents);
    }

    private static HttpRequest Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = new PathString(path); // as received: the route value is what the API looks up
        return context.Request;
    }

    private static DefaultHttpContext ExecutableContext(string path)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMvcCore();
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = new PathString(path);
        context.Response.Body = new MemoryStream();
        return context;
    }

    [GeneratedRegex(@"<script\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\ssrc\s*=\s*""[^""]+""", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"\s(?:src|href)\s*=\s*""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
