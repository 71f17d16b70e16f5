using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AdapterCache = GpuHost.Inference.AdapterCache;
using InferenceQueue = GpuHost.Inference.InferenceQueue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenAI;
using OpenAI.Chat;
using TestSupport;

namespace GpuHost.Tests;

[Collection(GpuHostCollection.Name)]
public sealed class InferenceTests(AzuriteFixture azurite, ModelFiles files) : IAsyncLifetime
{
    private GpuHostFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = new GpuHostFactory(azurite, files);
        _http = await _host.ClientAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private ChatClient OpenAiClient(string model) => new(model, new ApiKeyCredential(_host.Token()), new OpenAIClientOptions
    {
        Endpoint = new Uri(_host.Server.BaseAddress, "/v1"),
        Transport = new HttpClientPipelineTransport(_host.CreateClient()),
    });

    private static object Chat(string model, string text, int maxTokens = 12, object? extra = null) => new
    {
        model,
        messages = new[] { new { role = "user", content = text } },
        max_tokens = maxTokens,
        seed = 5,
    };

    [Fact]
    public async Task Chat_WithOpenAIClient_ReturnsCompletionAndUsage()
    {
        var client = OpenAiClient("base");

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Book Ada for 3 pm")],
            new ChatCompletionOptions { MaxOutputTokenCount = 10, Seed = 11, Temperature = 0.8f });

        Assert.Equal(ChatMessageRole.Assistant, completion.Role);
        Assert.NotNull(completion.Content[0].Text);
        Assert.True(completion.Usage.InputTokenCount > 10, $"prompt tokens {completion.Usage.InputTokenCount}");
        Assert.InRange(completion.Usage.OutputTokenCount, 1, 10);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
        Assert.Contains(completion.FinishReason, new[] { ChatFinishReason.Stop, ChatFinishReason.Length });
        Assert.StartsWith("chatcmpl-", completion.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_StreamingWithOpenAIClient_MatchesTheSameSeededCompletion()
    {
        var client = OpenAiClient("base");
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 16, Seed = 21, Temperature = 0.9f };
        ChatCompletion whole = await client.CompleteChatAsync([new UserChatMessage("Book Bob for 4 pm")], options);

        var streamed = new StringBuilder();
        ChatTokenUsage? usage = null;
        ChatFinishReason? finish = null;
        var updates = 0;
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Book Bob for 4 pm")], options))
        {
            updates++;
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }

            usage ??= update.Usage;
            finish ??= update.FinishReason;
        }

        // Same seed and sampling: the stream carries exactly the non-streamed text, in several events.
        Assert.Equal(whole.Content[0].Text, streamed.ToString());
        Assert.True(updates > 2, $"{updates} updates");
        Assert.NotNull(finish);
        Assert.NotNull(usage);
        Assert.Equal(whole.Usage.OutputTokenCount, usage.OutputTokenCount);
    }

    [Fact]
    public async Task Chat_Streaming_EndsWithDoneSentinel()
    {
        var response = await _http.PostAsJsonAsync("/v1/chat/completions", new
        {
            model = "base",
            messages = new[] { new { role = "user", content = "hi" } },
            max_tokens = 4,
            stream = true,
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        Assert.Contains("\"object\":\"chat.completion.chunk\"", events[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_StopSequence_CutsTheCompletion()
    {
        var free = await (await _http.PostAsJsonAsync("/v1/chat/completions", new
        {
            model = "base", messages = new[] { new { role = "user", content = "Book Cy" } }, max_tokens = 24, seed = 9, temperature = 0.0,
        })).JsonAsync();
        var text = free.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        Assert.True(text.Length >= 4, $"greedy completion too short to test stop: {text.Length}");
        var stop = text.Substring(2, 2);

        var stopped = await (await _http.PostAsJsonAsync("/v1/chat/completions", new
        {
            model = "base", messages = new[] { new { role = "user", content = "Book Cy" } }, max_tokens = 24, seed = 9, temperature = 0.0, stop,
        })).JsonAsync();

        var choice = stopped.GetProperty("choices")[0];
        Assert.Equal(text[..text.IndexOf(stop, StringComparison.Ordinal)], choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Chat_WithPublishedAdapter_AnswersDifferentlyFromBase()
    {
        await _host.PublishAdapterAsync("clinic-v1", files.Adapter);
        var request = new { role = "user", content = ModelFiles.PiiUser };

        var baseAnswer = await (await _http.PostAsJsonAsync("/v1/chat/completions", new { model = "base", messages = new[] { request }, max_tokens = 20, temperature = 0.0 })).JsonAsync();
        var tuned = await _http.PostAsJsonAsync("/v1/chat/completions", new { model = "clinic-v1", messages = new[] { request }, max_tokens = 20, temperature = 0.0 });
        var models = await (await _http.GetAsync("/v1/models")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, tuned.StatusCode);
        var tunedText = (await tuned.JsonAsync()).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        Assert.NotEqual(baseAnswer.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), tunedText);
        // The adapter learnt its training record: greedy decoding reproduces the start of it.
        Assert.StartsWith("Conta", tunedText, StringComparison.Ordinal);
        Assert.Equal(new[] { "base", "clinic-v1" }, models.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray());
        Assert.Contains("clinic-v1", _host.Services.GetRequiredService<AdapterCache>().Loaded);
    }

    [Fact]
    public async Task Chat_RecordsTokenMetrics_ForOpenTelemetry()
    {
        var scope = _host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var completionTokens = 0L;
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GpuHost.Hosting.GpuHostMetrics.Name && instrument.Meter.Scope == scope && instrument.Name == "gpuhost.inference.tokens")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "gpuhost.token.kind", Value: "completion" })
                {
                    Interlocked.Add(ref completionTokens, value);
                }
            }
        });
        listener.Start();

        var response = await (await _http.PostAsJsonAsync("/v1/chat/completions", Chat("base", "hi", maxTokens: 5))).JsonAsync();

        Assert.Equal(response.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), Interlocked.Read(ref completionTokens));
    }

    [Fact]
    public async Task Requests_WithoutValidToken_Get401ProblemDetails_ButHealthIsOpen()
    {
        var anonymous = _host.CreateClient();
        var otherKey = new SymmetricSecurityKey(new byte[32]);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Pipeline.Security.AccessTokenValidator.DevelopmentIssuer, Audience = GpuHostFactory.Audience, Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(otherKey, SecurityAlgorithms.HmacSha256),
        });
        var wrongAudience = _host.Services.GetRequiredService<GpuHost.Security.LocalSigningKey>().CreateToken("tests", TimeSpan.FromMinutes(5), audience: "api://someone-else");

        var missing = await anonymous.GetAsync("/v1/models");
        var statuses = new List<HttpStatusCode>();
        foreach (var token in new[] { forged, wrongAudience, "not-a-jwt" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = JsonContent.Create(Chat("base", "hi")) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            statuses.Add((await anonymous.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Chat_UnknownModel_Is404ProblemDetails()
    {
        var response = await _http.PostAsJsonAsync("/v1/chat/completions", Chat("no-such-adapter", "hi"));

        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:gpu-host:problem:model-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Chat_PromptLongerThanTheContext_Is413()
    {
        var response = await _http.PostAsJsonAsync("/v1/chat/completions", Chat("base", new string('x', 400)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:gpu-host:problem:prompt-too-large", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Chat_InvalidRequest_Is400ProblemDetails()
    {
        var response = await _http.PostAsJsonAsync("/v1/chat/completions", new { model = "base", messages = Array.Empty<object>() });
        var malformed = await _http.PostAsync("/v1/chat/completions", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:gpu-host:problem:invalid-request", (await response.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Queue limits with a host configured for one generating request and no waiting room.</summary>
[Collection(GpuHostCollection.Name)]
public sealed class QueueTests(AzuriteFixture azurite, ModelFiles files)
{
    [Fact]
    public async Task Chat_WhenTheModelsQueueIsFull_Is429WithRetryAfter()
    {
        await using var host = new GpuHostFactory(azurite, files, new Dictionary<string, string?>
        {
            ["GpuHost:MaxConcurrentRequestsPerModel"] = "1",
            ["GpuHost:QueueCapacityPerModel"] = "0",
            ["GpuHost:RetryAfterSeconds"] = "7",
        });
        using var http = await host.ClientAsync();
        var queue = host.Services.GetRequiredService<InferenceQueue>();

        HttpResponseMessage busy;
        using (var held = await queue.TryEnterAsync("base", CancellationToken.None))
        {
            Assert.NotNull(held);
            busy = await http.PostAsJsonAsync("/v1/chat/completions", new { model = "base", messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 2 });
        }

        var free = await http.PostAsJsonAsync("/v1/chat/completions", new { model = "base", messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 2 });

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("urn:gpu-host:problem:queue-full", (await busy.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }
}
