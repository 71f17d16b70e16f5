using System.Net;
using System.Text;
using System.Text.Json;
using Pipeline.GpuHost;

namespace Pipeline.Tests;

/// <summary>The HTTP client against the GPU host's contract, with a stub handler standing in for the network.</summary>
public sealed class GpuHostClientTests
{
    private sealed class StubHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string? Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request, body));
            return respond(request, body);
        }
    }

    private static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static (GpuHostClient Client, StubHandler Handler) Create(Func<HttpRequestMessage, string?, HttpResponseMessage> respond)
    {
        var handler = new StubHandler(respond);
        return (new GpuHostClient(new HttpClient(handler) { BaseAddress = new Uri("http://gpu-host.test/") }), handler);
    }

    [Fact]
    public async Task Create_PostsTheOpenAIShapedBody_WithIdempotencyKey()
    {
        var (client, handler) = Create((_, _) => Json("""{"id":"ft-1","object":"fine_tune","status":"queued","fine_tuned_model":null}"""));

        var job = await client.CreateFineTuneAsync(new FineTuneRequest("tiny", "http://blob/train.jsonl", "http://blob/eval.jsonl",
            new FineTuneHyperparameters(NEpochs: 2, BatchSize: 4, LearningRate: 0.001, LoraRank: 8, LoraAlpha: 16, Seed: 7), "run-42"));

        Assert.Equal(new FineTuneJob("ft-1", FineTuneStatus.Queued, null, null, []), job with { Metrics = [] });
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://gpu-host.test/v1/fine-tunes", request.RequestUri!.ToString());
        Assert.Equal("run-42", request.Headers.GetValues("Idempotency-Key").Single());
        using var json = JsonDocument.Parse(body!);
        var root = json.RootElement;
        Assert.Equal("tiny", root.GetProperty("base_model").GetString());
        Assert.Equal("http://blob/train.jsonl", root.GetProperty("training_file").GetString());
        Assert.Equal("http://blob/eval.jsonl", root.GetProperty("validation_file").GetString());
        var h = root.GetProperty("hyperparameters");
        Assert.Equal(2, h.GetProperty("n_epochs").GetInt32());
        Assert.Equal(4, h.GetProperty("batch_size").GetInt32());
        Assert.Equal(0.001, h.GetProperty("learning_rate").GetDouble());
        Assert.Equal(8, h.GetProperty("lora_rank").GetInt32());
        Assert.Equal(16, h.GetProperty("lora_alpha").GetDouble());
        Assert.Equal(7, h.GetProperty("seed").GetInt32());
        // Without DP-SGD the privacy knobs are not sent at all (the host would refuse a clip norm without a noise multiplier).
        Assert.False(h.TryGetProperty("dp_noise_multiplier", out _) || h.TryGetProperty("dp_clip_norm", out _) || h.TryGetProperty("dp_delta", out _));
    }

    [Fact]
    public async Task PrivateJob_SendsTheDpSettings_AndReadsTheReportedGuarantee()
    {
        var (client, handler) = Create((_, _) => Json("""
            {"id":"ft-2","status":"succeeded","fine_tuned_model":"ft-x","metrics":[],
             "privacy":{"epsilon":2.94,"delta":1e-5,"noise_multiplier":1.1,"clip_norm":0.5,"sample_rate":0.004,"steps":14062,"accountant":"rdp-poisson-gaussian"}}
            """));

        var job = await client.CreateFineTuneAsync(new FineTuneRequest("tiny", "http://blob/train.jsonl", null,
            new FineTuneHyperparameters(DpNoiseMultiplier: 1.1, DpClipNorm: 0.5, DpDelta: 1e-5), "run-43"));

        using var json = JsonDocument.Parse(handler.Requests[0].Body!);
        var h = json.RootElement.GetProperty("hyperparameters");
        Assert.Equal((1.1, 0.5, 1e-5), (h.GetProperty("dp_noise_multiplier").GetDouble(), h.GetProperty("dp_clip_norm").GetDouble(), h.GetProperty("dp_delta").GetDouble()));
        Assert.Equal(new TrainingPrivacy(2.94, 1e-5, 1.1, 0.5, 0.004, 14062), job.Privacy);
    }

    [Fact]
    public async Task DeleteModel_IsTrueWhenDeleted_FalseWhenUnknown_AndRetryableWhenTheHostFails()
    {
        var statuses = new Queue<HttpStatusCode>([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadRequest]);
        var (client, handler) = Create((_, _) => Json("""{"id":"ft:tiny:job 1","object":"model","deleted":true}""", statuses.Dequeue()));

        Assert.True(await client.DeleteModelAsync("ft:tiny:job 1"));
        Assert.False(await client.DeleteModelAsync("ft:tiny:job 1"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.DeleteModelAsync("ft:tiny:job 1"));
        await Assert.ThrowsAsync<GpuHostRequestException>(() => client.DeleteModelAsync("ft:tiny:job 1"));

        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Delete, r.Request.Method));
        Assert.Equal("http://gpu-host.test/v1/models/ft%3Atiny%3Ajob%201", handler.Requests[0].Request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Get_ParsesStatusModelErrorAndMetrics()
    {
        var (client, handler) = Create((_, _) => Json("""
            {"id":"ft 1","status":"failed","fine_tuned_model":"ft:tiny:1","error":{"code":"oom","message":"out of memory"},
             "metrics":[{"step":1,"train_loss":2.5},{"step":2,"train_loss":2.0,"valid_loss":2.2},{"step":3,"train_loss":null,"valid_loss":2.1}]}
            """));

        var job = await client.GetFineTuneAsync("ft 1");

        Assert.Equal("http://gpu-host.test/v1/fine-tunes/ft%201", handler.Requests[0].Request.RequestUri!.AbsoluteUri);
        Assert.Equal(FineTuneStatus.Failed, job.Status);
        Assert.True(job.IsTerminal);
        Assert.Equal("ft:tiny:1", job.FineTunedModel);
        Assert.Equal("out of memory", job.Error);
        Assert.Equal([new TrainingMetricPoint(1, 2.5, null), new TrainingMetricPoint(2, 2.0, 2.2), new TrainingMetricPoint(3, null, 2.1)], job.Metrics);
    }

    [Fact]
    public async Task Evaluate_ReturnsTheMetrics()
    {
        var (client, handler) = Create((_, _) => Json("""{"id":"ev-1","metrics":{"eval_loss":1.5,"pii_regurgitation_rate":0}}"""));

        var result = await client.EvaluateAsync(new EvaluationRequest("tiny", "ft:tiny:1", "http://blob/eval.jsonl", 3));

        Assert.Equal("http://gpu-host.test/v1/evaluations", handler.Requests[0].Request.RequestUri!.ToString());
        Assert.Contains("\"validation_file\":\"http://blob/eval.jsonl\"", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(1.5, result.Metrics["eval_loss"]);
        Assert.Equal(0, result.Metrics["pii_regurgitation_rate"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public async Task Failures_AreTransientOnlyWhenRetryingCanHelp(HttpStatusCode status, bool transient)
    {
        var (client, _) = Create((_, _) => Json("""{"error":"nope"}""", status));

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => client.GetFineTuneAsync("ft-1"));

        Assert.Equal(transient, ex is HttpRequestException);
        Assert.Equal(!transient, ex is GpuHostRequestException);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAdapter_StreamsTheBody()
    {
        var (client, handler) = Create((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3, 4]) });
        using var target = new MemoryStream();

        await client.DownloadAdapterAsync("ft-1", target);

        Assert.Equal("http://gpu-host.test/v1/fine-tunes/ft-1/adapter", handler.Requests[0].Request.RequestUri!.ToString());
        Assert.Equal([1, 2, 3, 4], target.ToArray());
    }
}
