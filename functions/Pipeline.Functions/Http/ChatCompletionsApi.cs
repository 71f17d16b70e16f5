using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Masking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Registry;
using Pipeline.Security;

namespace Pipeline.Functions.Http;

/// <summary>Limits of the inference front.</summary>
public sealed class InferenceFrontOptions
{
    public const string Section = "Inference";

    /// <summary>Largest accepted request body (default 256 KiB).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Most messages in one request (default 256).</summary>
    public int MaxMessages { get; set; } = 256;

    /// <summary>Largest max_tokens a caller may ask for (default 4,096).</summary>
    public int MaxCompletionTokens { get; set; } = 4096;

    /// <summary>Requests per caller per minute (default 60).</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Audience of the GPU host's tokens (the app requests one with its managed identity).</summary>
    public string GpuHostAudience { get; set; } = "api://gpu-host";
}

/// <summary>
/// <c>POST /api/v1/chat/completions</c>, OpenAI-compatible: checks the caller's role, the request's size and shape and the
/// caller's rate, forwards to the private GPU host with the app's own identity, masks personal data in the answer and
/// audits usage (caller, model, token counts — never the prompt or the answer).
/// </summary>
public sealed class ChatCompletionsApi(
    RequestAuthorizer authorizer,
    IHttpClientFactory httpClients,
    IGpuHostTokenSource tokens,
    AuditLog audit,
    ModelRegistry registry,
    InferenceRateLimiter limiter,
    IOptions<InferenceFrontOptions> options)
{
    /// <summary>Name of the HttpClient whose base address is the GPU host.</summary>
    public const string GpuHostClientName = "gpu-host";

    private static readonly string[] Roles = ["system", "user", "assistant"];
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();
    private readonly InferenceFrontOptions _options = options.Value;

    [Function("ChatCompletions")]
    public async Task<IActionResult> CompleteAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/chat/completions")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, failure) = await authorizer.AuthorizeAsync(request, AppRoles.InferenceUser);
        if (failure is not null)
        {
            return failure;
        }

        using var lease = limiter.Limiter.AttemptAcquire(caller!.Id);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Problems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests.", "Retry after the time in Retry-After.");
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var (body, invalid) = await ReadAsync(request, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        // The GPU host answers in one piece; a streaming caller gets it as one chunk after the output filter has run,
        // because personal data can straddle chunk boundaries.
        var stream = body!["stream"]?.GetValue<bool>() == true;
        body["stream"] = false;
        var model = body["model"]!.GetValue<string>();
        // Applications ask for a registry model by name; the GPU host serves the adapter its production version points
        // to, so promotion and rollback take effect on the next request. Other names (e.g. "base") pass through.
        if (await ServingNameAsync(model, cancellationToken) is { } serving)
        {
            body["model"] = serving;
        }

        using var forward = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        forward.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        using var response = await httpClients.CreateClient(GpuHostClientName).SendAsync(forward, cancellationToken);
        var payload = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await AuditAsync(caller, model, null, (int)response.StatusCode, cancellationToken);
            // The GPU host's own ProblemDetails (404 unknown model, 413, 429 …) are passed through as they are.
            return new ContentResult { StatusCode = (int)response.StatusCode, Content = payload, ContentType = "application/problem+json" };
        }

        var completion = JsonNode.Parse(payload)!.AsObject();
        // Callers see the model they asked for, not the GPU host's internal adapter name.
        completion["model"] = model;
        var masked = MaskChoices(completion);
        var usage = completion["usage"];
        await AuditAsync(caller, model, usage, 200, cancellationToken, masked);
        return stream ? new ContentResult { Content = ToEventStream(completion), ContentType = "text/event-stream", StatusCode = 200 } : new OkObjectResult(completion);
    }

    private async Task<(JsonObject? Body, IActionResult? Invalid)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        var buffer = new byte[_options.MaxRequestBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        if (read > _options.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(buffer.AsSpan(0, read), documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) as JsonObject;
        }
        catch (JsonException)
        {
            return (null, Problems.BadRequest("body is not a JSON object"));
        }

        var error = body is null ? "body is not a JSON object" : Validate(body);
        return error is null ? (body, null) : (null, Problems.BadRequest(error));
    }

    private string? Validate(JsonObject body)
    {
        if (body["model"] is not JsonValue model || model.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(model.GetValue<string>()))
        {
            return "\"model\" must name a model";
        }

        if (body["messages"] is not JsonArray messages || messages.Count == 0 || messages.Count > _options.MaxMessages)
        {
            return $"\"messages\" must be an array of 1 to {_options.MaxMessages} messages";
        }

        foreach (var message in messages)
        {
            if (message is not JsonObject m || m["role"]?.GetValueKind() != JsonValueKind.String || !Roles.Contains(m["role"]!.GetValue<string>())
                || m["content"]?.GetValueKind() != JsonValueKind.String)
            {
                return "each message needs a role (system, user or assistant) and string content";
            }
        }

        if (body["max_tokens"] is { } maxTokens && (maxTokens.GetValueKind() != JsonValueKind.Number || maxTokens.GetValue<double>() is < 1 || maxTokens.GetValue<double>() > _options.MaxCompletionTokens))
        {
            return $"\"max_tokens\" must be between 1 and {_options.MaxCompletionTokens}";
        }

        if (body["stream"] is { } stream && stream.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "\"stream\" must be a boolean";
        }

        return null;
    }

    /// <summary>Replaces personal data in every choice's message with typed placeholders; returns how many values.</summary>
    private static int MaskChoices(JsonObject completion)
    {
        var masked = 0;
        foreach (var choice in completion["choices"]?.AsArray() ?? [])
        {
            if (choice?["message"]?["content"] is JsonValue content && content.GetValueKind() == JsonValueKind.String)
            {
                var (text, replaced) = Analyzer.Redact(content.GetValue<string>());
                if (replaced > 0)
                {
                    choice["message"]!["content"] = text;
                    masked += replaced;
                }
            }
        }

        return masked;
    }

    private static string ToEventStream(JsonObject completion)
    {
        var chunk = new JsonObject
        {
            ["id"] = completion["id"]?.DeepClone(),
            ["object"] = "chat.completion.chunk",
            ["created"] = completion["created"]?.DeepClone(),
            ["model"] = completion["model"]?.DeepClone(),
            ["choices"] = new JsonArray((completion["choices"]?.AsArray() ?? []).Select(c => (JsonNode?)new JsonObject
            {
                ["index"] = c?["index"]?.DeepClone(),
                ["delta"] = new JsonObject { ["role"] = "assistant", ["content"] = c?["message"]?["content"]?.DeepClone() },
                ["finish_reason"] = c?["finish_reason"]?.DeepClone(),
            }).ToArray()),
            ["usage"] = completion["usage"]?.DeepClone(),
        };
        return $"data: {chunk.ToJsonString()}\n\ndata: [DONE]\n\n";
    }

    private async Task<string?> ServingNameAsync(string model, CancellationToken cancellationToken)
    {
        if (!ModelRegistry.IsValidName(model) || await registry.GetAliasAsync(model, ModelRegistry.ProductionAlias, cancellationToken) is not { } alias)
        {
            return null;
        }

        return (await registry.GetManifestAsync(model, alias.Version, cancellationToken))?.ServingName;
    }

    private Task AuditAsync(Caller caller, string model, JsonNode? usage, int status, CancellationToken cancellationToken, int maskedOutputValues = 0) =>
        audit.AppendAsync(new AuditEvent(caller.Id, "inference.chat", model, new Dictionary<string, string>
        {
            ["status"] = status.ToString(CultureInfo.InvariantCulture),
            ["prompt_tokens"] = usage?["prompt_tokens"]?.ToJsonString() ?? "",
            ["completion_tokens"] = usage?["completion_tokens"]?.ToJsonString() ?? "",
            ["masked_output_values"] = maskedOutputValues.ToString(CultureInfo.InvariantCulture),
        }), cancellationToken);

    private ObjectResult TooLarge() =>
        Problems.Create(StatusCodes.Status413PayloadTooLarge, "request-too-large", "The request is too large.", $"At most {_options.MaxRequestBytes:N0} bytes.");

}

/// <summary>
/// Per-caller token buckets. A singleton: function classes are created per invocation, the limits must outlive them.
/// Per instance of the app; Flex Consumption may run several, so the effective limit is per instance.
/// </summary>
public sealed class InferenceRateLimiter(IOptions<InferenceFrontOptions> options) : IDisposable
{
    public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(caller =>
        RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.RequestsPerMinute,
            TokensPerPeriod = options.Value.RequestsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose() => Limiter.Dispose();
}

/// <summary>Azure: a token for the GPU host's audience from the app's managed identity.</summary>
public sealed class ManagedIdentityGpuHostTokenSource(Azure.Identity.DefaultAzureCredential credential, IOptions<InferenceFrontOptions> options) : IGpuHostTokenSource
{
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        (await credential.GetTokenAsync(new Azure.Core.TokenRequestContext([options.Value.GpuHostAudience.TrimEnd('/') + "/.default"]), cancellationToken)).Token;
}
