using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Http;
using Pipeline.Security;

namespace Pipeline.Functions.Tests;

/// <summary>
/// Callers of the function classes in these tests: tokens signed with a test key for a test audience, validated by the
/// app's own <see cref="AccessTokenValidator"/> (Entra ID is the only part replaced).
/// </summary>
internal static class TestCallers
{
    public const string Audience = "api://pipeline-tests";

    public static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();

    public static AccessTokenValidator Validator() =>
        new(Options.Create(new AccessTokenOptions { Audience = Audience, DevelopmentSigningKey = Key }));

    public static RequestAuthorizer Authorizer() => new(Validator());

    /// <summary>A bearer token for <paramref name="user"/> with <paramref name="roles"/>, valid for five minutes.</summary>
    public static string Token(string user, params string[] roles) =>
        AccessTokenValidator.CreateDevelopmentToken(Key, Audience, user, roles, TimeSpan.FromMinutes(5));

    /// <summary>A request from <paramref name="user"/> in <paramref name="role"/> with a JSON <paramref name="body"/>.</summary>
    public static HttpRequest Request(string role, string body = "{}", string user = "user-1")
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + Token(user, role);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.ContentType = "application/json";
        return context.Request;
    }
}
