using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Http;
using Pipeline.Security;

namespace Pipeline.Functions.Tests;

/// <summary>
/// Every HTTP route × every role: 401 without a valid token, 403 without the role, through to the handler with it.
/// The Durable Task client is the real in-process engine's; Entra ID is replaced by the development signing key,
/// which exercises the same validation code.
/// </summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private const string Audience = TestCallers.Audience;
    private static readonly byte[] Key = TestCallers.Key;
    private DurableTaskTestHost? _host;

    public async Task InitializeAsync() =>
        _host = await DurableTaskTestHost.StartAsync(_ => { }, new DurableTaskTestHostOptions { Port = FreePort(), LoggerFactory = NullLoggerFactory.Instance });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public static TheoryData<string, string?, int> Matrix()
    {
        var data = new TheoryData<string, string?, int>();
        var routes = new Dictionary<string, string[]>
        {
            ["StartRun"] = [AppRoles.Submitter],
            ["GetRun"] = [AppRoles.Submitter, AppRoles.Approver],
            ["ListRuns"] = [AppRoles.Submitter, AppRoles.Approver],
            ["ApproveRun"] = [AppRoles.Approver],
            ["GetRunEvidence"] = [AppRoles.Submitter, AppRoles.Approver],
            ["VerifyAudit"] = [],
        };
        foreach (var (route, allowed) in routes)
        {
            data.Add(route, null, StatusCodes.Status401Unauthorized);
            data.Add(route, "not-a-token", StatusCodes.Status401Unauthorized);
            foreach (var role in new[] { AppRoles.Submitter, AppRoles.Approver, AppRoles.InferenceUser, AppRoles.Admin })
            {
                var passes = role == AppRoles.Admin || allowed.Contains(role);
                data.Add(route, role, passes ? 0 : StatusCodes.Status403Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_AnswersByRole(string route, string? role, int expected)
    {
        var token = role switch
        {
            null => null,
            "not-a-token" => "Bearer not-a-token",
            _ => "Bearer " + AccessTokenValidator.CreateDevelopmentToken(Key, Audience, "user-1", [role], TimeSpan.FromMinutes(5)),
        };

        var result = await InvokeAsync(route, token);

        var status = (result as IStatusCodeActionResult)?.StatusCode ?? 200;
        if (expected == 0)
        {
            // Authorised: the handler ran (a missing run is 404, a bad body 400, an accepted start 202, a list 200).
            Assert.DoesNotContain(status, new[] { 401, 403 });
        }
        else
        {
            Assert.Equal(expected, status);
            Assert.IsType<ProblemDetails>(((ObjectResult)result).Value);
        }
    }

    [Fact]
    public async Task Approve_BySubmitterOfTheRun_IsRefusedWithProblemDetails()
    {
        var authorizer = new RequestAuthorizer(Validator());
        var runs = new RunsApi(authorizer, Options.Create(new PipelineRunOptions { BaseModel = "base", BaseModelSha256 = new string('0', 64) }));
        var token = "Bearer " + AccessTokenValidator.CreateDevelopmentToken(Key, Audience, "alice", [AppRoles.Submitter, AppRoles.Approver], TimeSpan.FromMinutes(5));
        var started = (AcceptedResult)await runs.StartAsync(Request(token, """{"datasetBlob":"incoming/team/data.jsonl"}"""), _host!.Client);
        var id = started.Location!.Split('/')[^1];

        var result = (ObjectResult)await runs.ApproveAsync(Request(token, """{"decision":"approve"}"""), id, _host.Client);

        Assert.Equal(StatusCodes.Status403Forbidden, result.StatusCode);
        Assert.EndsWith("/self-approval", ((ProblemDetails)result.Value!).Type, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"datasetBlob":"quarantine/team/data.jsonl"}""")]
    [InlineData("""{"datasetBlob":"incoming/../secrets.jsonl"}""")]
    [InlineData("""{"datasetBlob":"incoming/team/data.csv"}""")]
    [InlineData("""not json""")]
    public async Task Start_WithABadDatasetReference_IsABadRequest(string body)
    {
        var runs = new RunsApi(new RequestAuthorizer(Validator()), Options.Create(new PipelineRunOptions { BaseModel = "base", BaseModelSha256 = new string('0', 64) }));
        var token = "Bearer " + AccessTokenValidator.CreateDevelopmentToken(Key, Audience, "bob", [AppRoles.Submitter], TimeSpan.FromMinutes(5));

        var result = (ObjectResult)await runs.StartAsync(Request(token, body), _host!.Client);

        Assert.Equal(StatusCodes.Status400BadRequest, result.StatusCode);
        Assert.IsType<ProblemDetails>(result.Value);
    }

    [Fact]
    public async Task Token_ForAnotherAudienceOrKeyOrExpired_IsRejected()
    {
        var validator = Validator();
        var otherAudience = AccessTokenValidator.CreateDevelopmentToken(Key, "api://other", "u", [AppRoles.Admin], TimeSpan.FromMinutes(5));
        var otherKey = AccessTokenValidator.CreateDevelopmentToken(new byte[32], Audience, "u", [AppRoles.Admin], TimeSpan.FromMinutes(5));
        var expired = AccessTokenValidator.CreateDevelopmentToken(Key, Audience, "u", [AppRoles.Admin], TimeSpan.FromMinutes(-10));
        var good = AccessTokenValidator.CreateDevelopmentToken(Key, Audience, "u", [AppRoles.Admin, AppRoles.Approver], TimeSpan.FromMinutes(5));

        Assert.Null(await validator.ValidateAsync("Bearer " + otherAudience));
        Assert.Null(await validator.ValidateAsync("Bearer " + otherKey));
        Assert.Null(await validator.ValidateAsync("Bearer " + expired));
        var caller = await validator.ValidateAsync("Bearer " + good);
        Assert.NotNull(caller);
        Assert.Equal("u", caller.Id);
        Assert.Equal(new HashSet<string> { AppRoles.Admin, AppRoles.Approver }, caller.Roles);
    }

    private async Task<IActionResult> InvokeAsync(string route, string? authorization)
    {
        var authorizer = new RequestAuthorizer(Validator());
        var runs = new RunsApi(authorizer, Options.Create(new PipelineRunOptions { BaseModel = "base", BaseModelSha256 = new string('0', 64) }));
        var client = _host!.Client;
        var request = Request(authorization, route == "StartRun" ? """{"datasetBlob":"incoming/team/data.jsonl"}""" : """{"decision":"approve"}""");
        return route switch
        {
            "StartRun" => await runs.StartAsync(request, client),
            "GetRun" => await runs.GetAsync(request, "run-missing", client),
            "ListRuns" => await runs.ListAsync(request, client),
            "ApproveRun" => await runs.ApproveAsync(request, "run-missing", client),
            // A missing run is answered before storage is read, so an unreachable account is enough here.
            "GetRunEvidence" => await new RunEvidenceApi(authorizer, new Pipeline.Storage.PipelineStorage(
                new Azure.Storage.Blobs.BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1")),
                Options.Create(new Pipeline.Storage.PipelineStorageOptions()))).GetAsync(request, "run-missing", client),
            "VerifyAudit" => (await authorizer.AuthorizeAsync(request, AppRoles.Admin)).Failure ?? new OkResult(),
            _ => throw new ArgumentOutOfRangeException(nameof(route)),
        };
    }

    private static AccessTokenValidator Validator() => TestCallers.Validator();

    private static HttpRequest Request(string? authorization, string body)
    {
        var context = new DefaultHttpContext();
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.ContentType = "application/json";
        return context.Request;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
