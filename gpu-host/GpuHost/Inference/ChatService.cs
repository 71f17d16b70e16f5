using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Security;
using Masking;
using Microsoft.Extensions.Options;
using Training.Data;

namespace GpuHost.Inference;

/// <summary>
/// The chat completion pipeline: validate → resolve the model (404) → tokenise (413) → queue slot (429) → adapter
/// lease → generate. Prompts and completions are never logged; only sizes and timings are measured.
/// </summary>
public sealed partial class ChatService(
    ChatEngine engine,
    ModelHost host,
    InferenceQueue queue,
    AdapterCache adapters,
    AdapterStore store,
    GpuHostMetrics metrics,
    IOptions<GpuHostOptions> options,
    ILogger<ChatService> logger)
{
    private static readonly HashSet<string> Roles = ["system", "user", "assistant"];
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();

    public async Task<IResult> HandleAsync(ChatCompletionRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (Validate(request) is { } invalid)
        {
            return Problems.BadRequest(invalid);
        }

        var model = request.Model!;
        var isBase = model == o.BaseModelName;
        if (!isBase && await store.GetManifestAsync(model, cancellationToken) is null)
        {
            return Problems.ModelNotFound(model);
        }

        if (!host.IsReady)
        {
            return Problems.ModelNotReady();
        }

        var messages = request.Messages!.Select(m => new ChatMessage(m.Role!, ContentText(m.Content))).ToList();
        var prompt = engine.PreparePrompt(messages);
        var maxPrompt = Math.Min(o.MaxPromptTokens ?? int.MaxValue, o.ContextSize - 1);
        if (prompt.Length > maxPrompt)
        {
            metrics.Rejected(model, "prompt_too_large");
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "prompt-too-large", "The prompt is too long.",
                $"The prompt has {prompt.Length} tokens; this host accepts at most {maxPrompt}.");
        }

        var maxTokens = Math.Min(request.MaxCompletionTokens ?? request.MaxTokens ?? o.DefaultMaxTokens, o.ContextSize - prompt.Length);
        var sampling = new SamplingSettings(request.Temperature ?? 1f, request.TopP ?? 1f, maxTokens, StopSequences(request.Stop),
            request.Seed is { } seed ? unchecked((uint)seed) : (uint)Random.Shared.Next());

        var slot = await queue.TryEnterAsync(model, cancellationToken);
        if (slot is null)
        {
            metrics.Rejected(model, "queue_full");
            http.Response.Headers.RetryAfter = o.RetryAfterSeconds.ToString();
            return Problems.Create(StatusCodes.Status429TooManyRequests, "queue-full", "Too many requests for this model.",
                $"The queue for '{model}' is full; retry after {o.RetryAfterSeconds} s.");
        }

        AdapterCache.AdapterLease? lease = null;
        try
        {
            if (!isBase)
            {
                lease = await adapters.AcquireAsync(model, cancellationToken);
            }
        }
        catch (AdapterIntegrityException ex)
        {
            slot.Dispose();
            LogAdapterRefused(logger, model, ex.Message);
            return Problems.AdapterIntegrity(ex.Message);
        }
        catch (AdapterBaseMismatchException ex)
        {
            slot.Dispose();
            return Problems.Create(StatusCodes.Status409Conflict, "adapter-base-mismatch", "The adapter belongs to another base model.", ex.Message);
        }
        catch
        {
            slot.Dispose();
            throw;
        }

        var call = new Generation(engine, metrics, logger, o.RedactCompletionPii, model, prompt, lease, slot, sampling);
        if (request.Stream == true)
        {
            return new ServerSentEventsResult(call, request.StreamOptions?.IncludeUsage == true);
        }

        await using (call)
        {
            var (text, finish, tokens, elapsed) = await call.RunAsync(cancellationToken);
            // Standard Server-Timing: lets clients (and the inference benchmark) split latency into generation and transport.
            http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"generate;dur={elapsed.TotalMilliseconds:F1}");
            return TypedResults.Ok(new ChatCompletion(call.Id, "chat.completion", call.Created, model,
                [new ChatChoice(0, new AssistantMessage("assistant", text), finish)],
                new Usage(prompt.Length, tokens, prompt.Length + tokens), call.Fingerprint));
        }
    }

    private static string? Validate(ChatCompletionRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Model))
        {
            return "'model' is required.";
        }

        if (r.Messages is not { Count: > 0 })
        {
            return "'messages' must hold at least one message.";
        }

        foreach (var m in r.Messages)
        {
            if (m?.Role is null || !Roles.Contains(m.Role))
            {
                return "Each message needs a role of system, user or assistant.";
            }

            if (m.Content is not { } c || (c.ValueKind != JsonValueKind.String && c.ValueKind != JsonValueKind.Array))
            {
                return "Each message needs 'content': a string or an array of text parts.";
            }

            if (c.ValueKind == JsonValueKind.Array && c.EnumerateArray().Any(p =>
                    p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("type", out var t) || t.GetString() != "text" ||
                    !p.TryGetProperty("text", out var x) || x.ValueKind != JsonValueKind.String))
            {
                return "Only text content parts are supported.";
            }
        }

        if (r.N is not (null or 1))
        {
            return "Only n = 1 is supported.";
        }

        if (r.Temperature is < 0 or > 2 || r.TopP is <= 0 or > 1)
        {
            return "temperature must be in [0, 2] and top_p in (0, 1].";
        }

        if (r.MaxTokens is < 1 || r.MaxCompletionTokens is < 1)
        {
            return "max_tokens must be at least 1.";
        }

        if (r.Stop is { } s && !(s.ValueKind is JsonValueKind.Null or JsonValueKind.String ||
                                 (s.ValueKind == JsonValueKind.Array && s.GetArrayLength() <= 4 && s.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0))))
        {
            return "stop must be a string or an array of up to 4 non-empty strings.";
        }

        return null;
    }

    private static string ContentText(JsonElement? content) => content!.Value.ValueKind == JsonValueKind.String
        ? content.Value.GetString()!
        : string.Concat(content.Value.EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    private static List<string> StopSequences(JsonElement? stop) => stop switch
    {
        { ValueKind: JsonValueKind.String } s when s.GetString() is { Length: > 0 } one => [one],
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.GetString()!).ToList(),
        _ => [],
    };

    /// <summary>Replaces personal data in a completion with typed placeholders (the optional egress filter).</summary>
    internal static string Redact(string text) => Analyzer.Redact(text).Text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Adapter {Model} refused: {Reason}")]
    private static partial void LogAdapterRefused(ILogger logger, string model, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Completion for {Model}: {PromptTokens} prompt + {CompletionTokens} completion tokens in {Milliseconds} ms ({FinishReason})")]
    private static partial void LogCompleted(ILogger logger, string model, int promptTokens, int completionTokens, long milliseconds, string finishReason);

    /// <summary>One admitted request: owns its queue slot and adapter lease until disposed.</summary>
    internal sealed class Generation(ChatEngine engine, GpuHostMetrics metrics, ILogger logger, bool redact, string model, int[] prompt, AdapterCache.AdapterLease? lease, IDisposable slot, SamplingSettings sampling)
        : IAsyncDisposable
    {
        public string Id { get; } = "chatcmpl-" + Guid.NewGuid().ToString("N");

        public long Created { get; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        public string Model => model;

        public int PromptTokens => prompt.Length;

        public string Fingerprint => "gpu-host";

        public async IAsyncEnumerable<GenerationUpdate> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var activity = GpuHostMetrics.Source.StartActivity("chat.completion");
            activity?.SetTag("gpuhost.model", model);
            activity?.SetTag("gpuhost.prompt_tokens", prompt.Length);
            var clock = Stopwatch.StartNew();
            var buffered = new System.Text.StringBuilder();
            await foreach (var u in engine.GenerateAsync(prompt, lease?.Handle, sampling, cancellationToken))
            {
                if (u.FinishReason is null)
                {
                    if (redact)
                    {
                        // Personal data can straddle any chunk boundary: with the egress filter on, filter the whole text once.
                        buffered.Append(u.Text);
                    }
                    else
                    {
                        yield return u;
                    }

                    continue;
                }

                if (redact && buffered.Length > 0)
                {
                    yield return new GenerationUpdate(Redact(buffered.ToString()));
                }

                metrics.Completed(model, prompt.Length, u.CompletionTokens, clock.Elapsed);
                activity?.SetTag("gpuhost.completion_tokens", u.CompletionTokens);
                LogCompleted(logger, model, prompt.Length, u.CompletionTokens, clock.ElapsedMilliseconds, u.FinishReason);
                yield return u;
            }
        }

        public async Task<(string Text, string FinishReason, int Tokens, TimeSpan Elapsed)> RunAsync(CancellationToken cancellationToken)
        {
            using var activity = GpuHostMetrics.Source.StartActivity("chat.completion");
            activity?.SetTag("gpuhost.model", model);
            activity?.SetTag("gpuhost.prompt_tokens", prompt.Length);
            var (text, finish, tokens, elapsed) = await engine.CompleteAsync(prompt, lease?.Handle, sampling, cancellationToken);
            metrics.Completed(model, prompt.Length, tokens, elapsed);
            activity?.SetTag("gpuhost.completion_tokens", tokens);
            LogCompleted(logger, model, prompt.Length, tokens, (long)elapsed.TotalMilliseconds, finish);
            return (redact ? Redact(text) : text, finish, tokens, elapsed);
        }

        public ValueTask DisposeAsync()
        {
            lease?.Dispose();
            slot.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>OpenAI-style server-sent events: one chat.completion.chunk per piece of text, then [DONE].</summary>
    internal sealed class ServerSentEventsResult(Generation call, bool includeUsage) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using var owned = call;
            var response = httpContext.Response;
            var ct = httpContext.RequestAborted;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            // Events are serialised straight into the response pipe with one reused writer: a streamed completion writes one
            // event per token, and building each as strings (JSON, then "data: ..." around it, then UTF-8) cost a measurable
            // share of a core next to llama.cpp's threads.
            var body = response.BodyWriter;
            using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JsonDefaults.Options.Encoder, SkipValidation = true });
            await Send(Chunk(new ChunkDelta(Role: "assistant", Content: ""), null));
            await foreach (var u in call.StreamAsync(ct))
            {
                if (u.FinishReason is null)
                {
                    await Send(Chunk(new ChunkDelta(Content: u.Text), null));
                    continue;
                }

                await Send(Chunk(new ChunkDelta(), u.FinishReason));
                if (includeUsage)
                {
                    await Send(new ChatCompletionChunk(call.Id, "chat.completion.chunk", call.Created, call.Model, [], call.Fingerprint,
                        new Usage(call.PromptTokens, u.CompletionTokens, call.PromptTokens + u.CompletionTokens)));
                }
            }

            body.Write("data: [DONE]\n\n"u8);
            await body.FlushAsync(ct);

            ChatCompletionChunk Chunk(ChunkDelta delta, string? finish) =>
                new(call.Id, "chat.completion.chunk", call.Created, call.Model, [new ChunkChoice(0, delta, finish)], call.Fingerprint);

            async Task Send(ChatCompletionChunk chunk)
            {
                WriteEvent(body, json, chunk);
                // Every event goes out at once: a streaming client shows each token as it is generated.
                await body.FlushAsync(ct);
            }
        }

        private static void WriteEvent(PipeWriter body, Utf8JsonWriter json, ChatCompletionChunk chunk)
        {
            body.Write("data: "u8);
            json.Reset(body);
            JsonSerializer.Serialize(json, chunk, JsonDefaults.Options);
            json.Flush();
            body.Write("\n\n"u8);
        }
    }
}
