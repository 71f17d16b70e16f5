using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pipeline.Audit;
using Pipeline.Functions.Http;
using Pipeline.GpuHost;
using Pipeline.Security;
using TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The inference front. The GPU host behind it is replaced by a handler that answers with its HTTP contract (the host
/// itself is tested in GpuHost.Tests); the audit log is real, on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChatCompletionsApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Completion_IsForwardedWithTheAppIdentity_MaskedAndAudited()
    {
        var (api, gpu, audit) = await CreateAsync();

        var result = (OkObjectResult)await api.CompleteAsync(Request(AppRoles.InferenceUser, """
            {"model":"clinic-notes","messages":[{"role":"user","content":"Who is the patient?"}],"max_tokens":32}
            """));

        var content = ((JsonObject)result.Value!)["choices"]![0]!["message"]!["content"]!.GetValue<string>();
        Assert.DoesNotContain("Maria Gonzalez", content, StringComparison.Ordinal);
        Assert.DoesNotContain("555-201-3344", content, StringComparison.Ordinal);
        Assert.Contains("<PERSON>", content, StringComparison.Ordinal);
        Assert.Equal("Bearer app-identity-token", gpu.LastAuthorization);
        Assert.Contains("\"stream\":false", gpu.LastBody, StringComparison.Ordinal);
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAllAsync())
        {
            entries.Add(entry);
        }

        var usage = Assert.Single(entries);
        Assert.Equal("inference.chat", usage.Action);
        Assert.Equal("7", usage.Details!["prompt_tokens"]);
        Assert.DoesNotContain("patient", System.Text.Json.JsonSerializer.Serialize(usage), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StreamingRequest_GetsOneFilteredChunkAndDone()
    {
        var (api, _, _) = await CreateAsync();

        var result = (ContentResult)await api.CompleteAsync(Request(AppRoles.InferenceUser, """
            {"model":"clinic-notes","messages":[{"role":"user","content":"hi"}],"stream":true}
            """));

        Assert.Equal("text/event-stream", result.ContentType);
        Assert.EndsWith("data: [DONE]\n\n", result.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", result.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}]}""", 400)]
    [InlineData("""{"model":"m","messages":[]}""", 400)]
    [InlineData("""{"model":"m","messages":[{"role":"doctor","content":"hi"}]}""", 400)]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"hi"}],"max_tokens":100000}""", 400)]
    [InlineData("""not json""", 400)]
    public async Task BadRequests_AreProblemDetails(string body, int status)
    {
        var (api, gpu, _) = await CreateAsync();

        var result = (ObjectResult)await api.CompleteAsync(Request(AppRoles.InferenceUser, body));

        Assert.Equal(status, result.StatusCode);
        Assert.IsType<ProblemDetails>(result.Value);
        Assert.Null(gpu.LastBody);
    }

    [Fact]
    public async Task OversizedRequest_Is413_AndOtherRoles_Are403()
    {
        var (api, _, _) = await CreateAsync();
        var huge = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 300_000) + "\"}]}";

        var tooLarge = (ObjectResult)await api.CompleteAsync(Request(AppRoles.InferenceUser, huge));
        var approver = (ObjectResult)await api.CompleteAsync(Request(AppRoles.Approver, """{"model":"m","messages":[{"role":"user","content":"hi"}]}"""));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, tooLarge.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, approver.StatusCode);
    }

    [Fact]
    public async Task CallerOverTheRate_Gets429WithRetryAfter()
    {
        var (api, _, _) = await CreateAsync(requestsPerMinute: 2);
        const string body = """{"model":"m","messages":[{"role":"user","content":"hi"}]}""";

        await api.CompleteAsync(Request(AppRoles.InferenceUser, body));
        await api.CompleteAsync(Request(AppRoles.InferenceUser, body));
        var third = Request(AppRoles.InferenceUser, body);
        var limited = (ObjectResult)await api.CompleteAsync(third);
        var otherCaller = await api.CompleteAsync(Request(AppRoles.InferenceUser, body, user: "someone-else"));

        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.StatusCode);
        Assert.False(string.IsNullOrEmpty(third.HttpContext.Response.Headers.RetryAfter));
        Assert.IsType<OkObjectResult>(otherCaller);
    }

    [Fact]
    public async Task RegistryModel_IsServedByItsProductionAdapter_AndAnsweredUnderItsOwnName()
    {
        var registry = new Pipeline.Registry.ModelRegistry(await azurite.NewContainerAsync("models"));
        await registry.PromoteAsync(ModelsApiTests.Publication("run-1") with { ServingName = "ft-job-1" }, ModelsApiTests.Adapter([1]), "pipeline");
        await registry.PromoteAsync(ModelsApiTests.Publication("run-2") with { ServingName = "ft-job-2" }, ModelsApiTests.Adapter([2]), "pipeline");
        var (api, gpu, _) = await CreateAsync(registry: registry);
        const string body = """{"model":"clinic-notes","messages":[{"role":"user","content":"hi"}]}""";

        var answer = (OkObjectResult)await api.CompleteAsync(Request(AppRoles.InferenceUser, body));
        var forwardedToProduction = JsonNode.Parse(gpu.LastBody!)!["model"]!.GetValue<string>();
        await registry.RollbackAsync("clinic-notes", "admin");
        await api.CompleteAsync(Request(AppRoles.InferenceUser, body));
        var forwardedAfterRollback = JsonNode.Parse(gpu.LastBody!)!["model"]!.GetValue<string>();
        await api.CompleteAsync(Request(AppRoles.InferenceUser, body.Replace("clinic-notes", "base", StringComparison.Ordinal)));

        Assert.Equal("ft-job-2", forwardedToProduction);
        Assert.Equal("ft-job-1", forwardedAfterRollback);
        Assert.Equal("base", JsonNode.Parse(gpu.LastBody!)!["model"]!.GetValue<string>());
        Assert.Equal("clinic-notes", ((JsonObject)answer.Value!)["model"]!.GetValue<string>());
    }

    private async Task<(ChatCompletionsApi Api, GpuHostDouble Gpu, AuditLog Audit)> CreateAsync(int requestsPerMinute = 60, Pipeline.Registry.ModelRegistry? registry = null)
    {
        var audit = new AuditLog(await azurite.NewContainerAsync("audit"));
        var gpu = new GpuHostDouble();
        var options = Options.Create(new InferenceFrontOptions { RequestsPerMinute = requestsPerMinute });
        var authorizer = TestCallers.Authorizer();
        var api = new ChatCompletionsApi(authorizer, new Factory(gpu), new FixedToken(), audit,
            registry ?? new Pipeline.Registry.ModelRegistry(await azurite.NewContainerAsync("models")), new InferenceRateLimiter(options), options);
        return (api, gpu, audit);
    }

    private static HttpRequest Request(string role, string body, string user = "app-1") => TestCallers.Request(role, body, user);

    private sealed class FixedToken : IGpuHostTokenSource
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult("app-identity-token");
    }

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://gpu-host.test/") };
    }

    /// <summary>Answers like the GPU host's /v1/chat/completions; the answer leaks a name and a phone number.</summary>
    private sealed class GpuHostDouble : HttpMessageHandler
    {
        public string? LastAuthorization { get; private set; }

        public string? LastBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastAuthorization = request.Headers.Authorization?.ToString();
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            Assert.Equal("/v1/chat/completions", request.RequestUri!.AbsolutePath);
            const string answer = """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"clinic-notes",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"The patient is Maria Gonzalez, phone 555-201-3344."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":7,"completion_tokens":12,"total_tokens":19}}
                """;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
