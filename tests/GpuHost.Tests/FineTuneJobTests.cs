using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using TestSupport;

namespace GpuHost.Tests;

[Collection(GpuHostCollection.Name)]
public sealed class FineTuneJobTests(AzuriteFixture azurite, ModelFiles files)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Uploads a dataset of booking chats and returns its blob reference (container/path).</summary>
    private async Task<string> UploadAsync(int records, string name = "train.jsonl")
    {
        var container = await azurite.NewContainerAsync("datasets");
        var path = ModelFiles.WriteChat(Path.Combine(files.Root, Guid.NewGuid().ToString("N") + ".jsonl"), Enumerable.Range(0, records).Select(ModelFiles.Booking));
        await container.GetBlobClient("masked/" + name).UploadAsync(path);
        return $"{container.Name}/masked/{name}";
    }

    private static async Task<JsonElement> GetJobAsync(HttpClient http, string id)
    {
        var response = await http.GetAsync($"/v1/fine-tunes/{id}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task<string> CreateAsync(HttpClient http, object job)
    {
        var response = await http.PostAsJsonAsync("/v1/fine-tunes", job);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient http, string id, Func<JsonElement, bool> done) =>
        await Http.PollAsync(() => GetJobAsync(http, id), done, Timeout);

    private static string Status(JsonElement job) => job.GetProperty("status").GetString()!;

    private static object Job(string train, int epochs, string? validation = null, string? suffix = null) => new
    {
        base_model = "base",
        training_file = train,
        validation_file = validation,
        suffix,
        hyperparameters = new { n_epochs = epochs, batch_size = 2, learning_rate = 1e-2, lora_rank = 4, lora_alpha = 8, seed = 3 },
    };

    [Fact]
    public async Task Job_FromSubmissionToAdapter_ServesTheAdapterAndReportsStepMetrics()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();
        var train = await UploadAsync(6);
        var validation = await UploadAsync(2, "eval.jsonl");
        using var create = new HttpRequestMessage(HttpMethod.Post, "/v1/fine-tunes") { Content = JsonContent.Create(Job(train, 2, validation, "clinic")) };
        create.Headers.Add("Idempotency-Key", "run-42");

        var created = await http.SendAsync(create);
        var job = await created.JsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, job.ToString());
        var id = job.GetProperty("id").GetString()!;
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/v1/fine-tunes") { Content = JsonContent.Create(Job(train, 2, validation, "clinic")) };
        retry.Headers.Add("Idempotency-Key", "run-42");
        var replayed = await http.SendAsync(retry);
        using var reuse = new HttpRequestMessage(HttpMethod.Post, "/v1/fine-tunes") { Content = JsonContent.Create(Job(train, 5)) };
        reuse.Headers.Add("Idempotency-Key", "run-42");
        var conflicting = await http.SendAsync(reuse);
        var done = await WaitForAsync(http, id, j => Status(j) is "succeeded" or "failed");
        var events = await (await http.GetAsync($"/v1/fine-tunes/{id}/events")).JsonAsync();
        var list = await (await http.GetAsync("/v1/fine-tunes")).JsonAsync();
        var adapterName = done.GetProperty("fine_tuned_model").GetString()!;
        var chat = await http.PostAsJsonAsync("/v1/chat/completions", new { model = adapterName, messages = new[] { new { role = "user", content = "Book Ada" } }, max_tokens = 4 });
        var sealedAdapter = await http.GetAsync($"/v1/fine-tunes/{id}/adapter");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("validating_files", Status(job));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(id, (await replayed.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        Assert.True(Status(done) == "succeeded", done.ToString());
        Assert.StartsWith("ft-clinic-", adapterName, StringComparison.Ordinal);
        Assert.Equal(6, done.GetProperty("trained_steps").GetInt32()); // 6 records / batch 2 × 2 epochs
        var metrics = events.GetProperty("data").EnumerateArray().Where(e => e.TryGetProperty("data", out var d) && d.TryGetProperty("train_loss", out _)).ToList();
        Assert.Equal(Enumerable.Range(1, 6), metrics.Select(m => m.GetProperty("data").GetProperty("step").GetInt32()));
        Assert.Contains(events.GetProperty("data").EnumerateArray(), e => e.TryGetProperty("data", out var d) && d.TryGetProperty("valid_loss", out _));
        Assert.Contains(events.GetProperty("data").EnumerateArray(), e => e.GetProperty("message").GetString() == "Training 6 steps on cpu (float32 base weights).");
        Assert.Equal(6, done.GetProperty("metrics").GetArrayLength());
        Assert.Contains(list.GetProperty("data").EnumerateArray(), j => j.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        // The adapter leaves the host sealed: AES-GCM bytes, not a GGUF, with the plaintext hash alongside.
        var bytes = await sealedAdapter.Content.ReadAsByteArrayAsync();
        Assert.Equal("GHAE"u8.ToArray(), bytes[..4]);
        Assert.Equal(64, sealedAdapter.Headers.GetValues("X-Adapter-Sha256").Single().Length);
        // Once the model is deleted (an erasure), its job says so instead of "not ready".
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/v1/models/{adapterName}")).StatusCode);
        var gone = await http.GetAsync($"/v1/fine-tunes/{id}/adapter");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("urn:gpu-host:problem:adapter-deleted", (await gone.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task PrivateJob_ReportsItsDifferentialPrivacyGuarantee_AndIncompletePrivacySettingsAreRefused()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();
        var train = await UploadAsync(8);
        object Private(object hyperparameters) => new { base_model = "base", training_file = train, hyperparameters };

        var id = await CreateAsync(http, Private(new { n_epochs = 2, batch_size = 2, learning_rate = 1e-2, lora_rank = 4, lora_alpha = 8, seed = 3, dp_noise_multiplier = 1.0, dp_delta = 1e-3 }));
        var done = await WaitForAsync(http, id, JobStatusIsTerminal);
        var events = await (await http.GetAsync($"/v1/fine-tunes/{id}/events")).JsonAsync();
        var clipWithoutNoise = await http.PostAsJsonAsync("/v1/fine-tunes", Private(new { dp_clip_norm = 0.5 }));
        var noNoise = await http.PostAsJsonAsync("/v1/fine-tunes", Private(new { dp_noise_multiplier = 0.0 }));
        var both = await http.PostAsJsonAsync("/v1/fine-tunes", Private(new { dp_noise_multiplier = 1.0, dp_target_epsilon = 8.0 }));
        var targeted = await CreateAsync(http, Private(new { n_epochs = 1, batch_size = 2, learning_rate = 1e-2, lora_rank = 4, lora_alpha = 8, dp_target_epsilon = 4.0, dp_delta = 1e-3 }));
        var targetedDone = await WaitForAsync(http, targeted, JobStatusIsTerminal);

        Assert.True(Status(done) == "succeeded", done.ToString());
        var privacy = done.GetProperty("privacy");
        // 8 records, 2 per step on average: q = 0.25; 4 steps per epoch × 2 epochs.
        Assert.Equal(8, done.GetProperty("trained_steps").GetInt32());
        Assert.Equal(Training.Privacy.RdpAccountant.Epsilon(0.25, 1.0, 8, 1e-3).Epsilon, privacy.GetProperty("epsilon").GetDouble(), 9);
        Assert.Equal((1e-3, 1.0, 1.0, 0.25, 8), (privacy.GetProperty("delta").GetDouble(), privacy.GetProperty("noise_multiplier").GetDouble(),
            privacy.GetProperty("clip_norm").GetDouble(), privacy.GetProperty("sample_rate").GetDouble(), privacy.GetProperty("steps").GetInt32()));
        Assert.Equal(1.0, done.GetProperty("hyperparameters").GetProperty("dp_clip_norm").GetDouble());
        Assert.Contains(events.GetProperty("data").EnumerateArray(), e => e.GetProperty("message").GetString()!.StartsWith("DP-SGD: (ε=", StringComparison.Ordinal));
        // A target ε: the host calibrates σ for 8 records, q = 0.25, 4 steps and reports the σ it used.
        Assert.True(Status(targetedDone) == "succeeded", targetedDone.ToString());
        var calibrated = targetedDone.GetProperty("privacy");
        Assert.Equal(Training.Privacy.RdpAccountant.NoiseMultiplierFor(4.0, 0.25, 4, 1e-3), calibrated.GetProperty("noise_multiplier").GetDouble());
        Assert.InRange(calibrated.GetProperty("epsilon").GetDouble(), 3.5, 4.0);
        foreach (var refused in new[] { clipWithoutNoise, noNoise, both })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Job_WithABadTrainingFile_Fails_WithoutEchoingItsContent()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();
        var container = await azurite.NewContainerAsync("datasets");
        await container.GetBlobClient("bad.jsonl").UploadAsync(BinaryData.FromString("{\"messages\": \"secret-patient-note\"}\n"));

        var job = await (await http.PostAsJsonAsync("/v1/fine-tunes", Job($"{container.Name}/bad.jsonl", 1))).JsonAsync();
        var missing = await (await http.PostAsJsonAsync("/v1/fine-tunes", Job($"{container.Name}/missing.jsonl", 1))).JsonAsync();
        var ownState = await (await http.PostAsJsonAsync("/v1/fine-tunes", Job($"{host.JobsContainer}/jobs/{job.GetProperty("id").GetString()}.json", 1))).JsonAsync();
        var failed = await WaitForAsync(http, job.GetProperty("id").GetString()!, j => Status(j) == "failed");
        var failedMissing = await WaitForAsync(http, missing.GetProperty("id").GetString()!, j => Status(j) == "failed");
        var failedOwnState = await WaitForAsync(http, ownState.GetProperty("id").GetString()!, j => Status(j) == "failed");

        Assert.Equal("failed", Status(failed));
        Assert.Equal("invalid_file", failed.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain("secret-patient-note", failed.ToString(), StringComparison.Ordinal);
        Assert.Equal("invalid_file", failedMissing.GetProperty("error").GetProperty("code").GetString());
        // The host's own containers are not data sources: job state and sealed adapters cannot be read through a job.
        Assert.Equal("invalid_file", failedOwnState.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("not a blob", failedOwnState.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_QueuedAndRunningJobs_EndCancelled_WithoutAnAdapter()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();
        var train = await UploadAsync(40);
        var first = await CreateAsync(http, Job(train, 100));
        var second = await CreateAsync(http, Job(train, 1));

        await WaitForAsync(http, first, j => Status(j) == "running");
        var cancelSecondResponse = await http.PostAsync($"/v1/fine-tunes/{second}/cancel", null);
        var cancelSecond = await cancelSecondResponse.JsonAsync();
        Assert.True(cancelSecondResponse.IsSuccessStatusCode, cancelSecond.ToString());
        var cancelFirst = await http.PostAsync($"/v1/fine-tunes/{first}/cancel", null);
        var firstDone = await WaitForAsync(http, first, j => Status(j) == "cancelled");
        var again = await http.PostAsync($"/v1/fine-tunes/{second}/cancel", null);
        var unknown = await http.PostAsync("/v1/fine-tunes/ftjob-doesnotexist/cancel", null);
        var secondAfter = await GetJobAsync(http, second);

        Assert.Equal("cancelled", Status(cancelSecond));
        Assert.Equal(HttpStatusCode.OK, cancelFirst.StatusCode);
        Assert.Equal("cancelled", Status(firstDone));
        Assert.False(firstDone.TryGetProperty("fine_tuned_model", out _));
        // Cancelled before the trainer reported its first numbers, a job has no trained_steps at all (nulls are omitted).
        Assert.True(!firstDone.TryGetProperty("trained_steps", out var trained) || trained.ValueKind == JsonValueKind.Null || trained.GetInt32() < 2000,
            firstDone.ToString());
        Assert.Equal("cancelled", Status(secondAfter));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Restart_ResumesARunningJobFromItsLastCheckpoint()
    {
        var suffix = Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["Jobs:CheckpointEvery"] = "5" };
        var train = await UploadAsync(40);
        string id;
        int checkpoint;
        await using (var first = new GpuHostFactory(azurite, files, settings, suffix))
        {
            using var http = await first.ClientAsync();
            id = await CreateAsync(http, Job(train, 8));
            var running = await WaitForAsync(http, id, j => j.GetProperty("checkpoint_step").GetInt32() >= 5 || JobStatusIsTerminal(j));
            checkpoint = running.GetProperty("checkpoint_step").GetInt32();
        } // The host stops mid-run, as a container would be replaced.

        await using var second = new GpuHostFactory(azurite, files, settings, suffix);
        using var http2 = await second.ClientAsync();
        var resumedFrom = (await GetJobAsync(http2, id)).GetProperty("checkpoint_step").GetInt32();
        var done = await WaitForAsync(http2, id, JobStatusIsTerminal);
        var events = (await (await http2.GetAsync($"/v1/fine-tunes/{id}/events")).JsonAsync()).GetProperty("data").EnumerateArray().ToList();

        Assert.True(checkpoint >= 5, $"checkpoint {checkpoint}");
        Assert.True(resumedFrom >= checkpoint && resumedFrom < 160, $"resumed from {resumedFrom}");
        Assert.Equal("succeeded", Status(done));
        Assert.Equal(160, done.GetProperty("trained_steps").GetInt32()); // 40 records / batch 2 × 8 epochs
        var resumeAt = events.FindIndex(e => e.GetProperty("message").GetString()!.StartsWith($"Resuming from the checkpoint at step {resumedFrom}", StringComparison.Ordinal));
        Assert.True(resumeAt > 0, "no resume event");
        var firstStepAfter = events.Skip(resumeAt).First(e => e.GetProperty("type").GetString() == "metrics").GetProperty("data").GetProperty("step").GetInt32();
        Assert.Equal(resumedFrom + 1, firstStepAfter);
    }

    private static bool JobStatusIsTerminal(JsonElement j) => Status(j) is "succeeded" or "failed" or "cancelled";
}
