using System.ClientModel;
using System.Net;
using System.Text.Json.Nodes;
using OpenAI;
using OpenAI.Chat;
using Pipeline.Audit;
using Pipeline.Functions.Intake;
using Pipeline.LocalHost.LocalStack;
using Pipeline.Orchestration;
using Pipeline.Security;
using TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// The product end to end on the local stack: real Azurite, the real Durable Task engine on the Azure Storage
/// provider, the real GPU host training a tiny generated model with TorchSharp and serving it with llama.cpp, and the
/// Functions app's own HTTP classes. Only Entra ID is replaced (by the development signing key).
/// </summary>
[Collection(LocalStackCollection.Name)]
public sealed class LocalStackEndToEndTests : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("local-stack-e2e-");
    private LocalStack.LocalStack? _stack;
    private StackApi? _api;

    public async Task InitializeAsync()
    {
        _stack = await LocalStack.LocalStack.StartAsync(
            new LocalStackOptions { Port = StackApi.FreePort(), DataFolder = _data.FullName, VerboseCategories = [] }, _ => { }, CancellationToken.None);
        _api = new StackApi(_stack.BaseAddress, _stack.SecretsFolder);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task Upload_IsMaskedTrainedApprovedPromoted_ServedThroughTheFront_AndAudited()
    {
        var api = _api!;
        var blob = _stack!.Storage.Datasets.GetBlobClient($"incoming/{StackApi.Team}/clinic-notes.jsonl");
        var uploaded = await blob.UploadAsync(RepositoryPaths.Combine("samples", "demo", "clinic-notes.jsonl"));
        var runId = RunIds.ForUpload(blob.Uri, uploaded.Value.ETag.ToString());

        var waiting = await api.WaitForRunAsync(runId, r => StackApi.Phase(r) == RunPhase.AwaitingApproval || StackApi.Status(r) is not null, LocalStackCollection.RunTimeout);
        Assert.Equal(RunPhase.AwaitingApproval, StackApi.Phase(waiting));

        // The evidence: counts and gates, never the planted values.
        using (var evidence = await api.SendAsync(HttpMethod.Get, $"runs/{runId}/evidence", await api.TokenAsync("dana.approver", AppRoles.Approver)))
        {
            Assert.Equal(HttpStatusCode.OK, evidence.StatusCode);
            var text = await evidence.Content.ReadAsStringAsync();
            Assert.DoesNotContain("@example.com", text, StringComparison.Ordinal);
            var view = JsonNode.Parse(text)!;
            Assert.Equal(64, view["evidence"]!["masking"]!["recordsWritten"]!.GetValue<long>());
            Assert.True(view["evidence"]!["masking"]!["byEntityType"]!["EMAIL"]!.GetValue<long>() >= 16);
            Assert.All(view["evidence"]!["gates"]!.AsArray(), g => Assert.True(g!["passed"]!.GetValue<bool>()));
        }

        // The submitting team may not approve its own run.
        using (var self = await api.SendAsync(HttpMethod.Post, $"runs/{runId}/approvals", await api.TokenAsync($"team:{StackApi.Team}", AppRoles.Approver),
                   new { decision = "approve" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }

        await api.ApproveAsync(runId, "dana.approver");
        await api.ApproveAsync(runId, "lee.approver");
        var final = await api.WaitForRunAsync(runId, r => StackApi.Status(r) is not null, TimeSpan.FromMinutes(3));
        Assert.Equal(RunStatus.Promoted, StackApi.Status(final));
        var model = final["result"]!["modelName"]!.GetValue<string>();
        Assert.Equal(1, final["result"]!["version"]!.GetValue<int>());

        // The official OpenAI client against the front, plain and streaming, with a token from the dev key.
        var options = new OpenAIClientOptions { Endpoint = new Uri(api.ApiBase, "v1") };
        var chat = new ChatClient(model, new ApiKeyCredential(await api.TokenAsync("app.assistant", AppRoles.InferenceUser)), options);
        var request = new ChatCompletionOptions { MaxOutputTokenCount = 8, Temperature = 0f, Seed = 1 };
        ChatMessage[] messages = [new SystemChatMessage("You are the scheduling assistant of a private clinic."), new UserChatMessage("Can I move my visit?")];
        ChatCompletion completion = await chat.CompleteChatAsync(messages, request);
        Assert.True(completion.Usage.OutputTokenCount is > 0 and <= 8);
        var streamed = new List<StreamingChatCompletionUpdate>();
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, request))
        {
            streamed.Add(update);
        }

        Assert.Equal(completion.Content[0].Text, string.Concat(streamed.SelectMany(u => u.ContentUpdate).Select(p => p.Text)));
        var intruder = new ChatClient(model, new ApiKeyCredential("not-a-token"), options);
        var refused = await Assert.ThrowsAsync<ClientResultException>(() => intruder.CompleteChatAsync(messages, request));
        Assert.Equal(401, refused.Status);

        // The chain verifies end to end and records every step and the inference calls (metadata only).
        using var verify = await api.SendAsync(HttpMethod.Get, "audit/verify", await api.TokenAsync("ops.admin", AppRoles.Admin));
        var verification = JsonNode.Parse(await verify.Content.ReadAsStringAsync())!;
        Assert.True(verification["isValid"]!.GetValue<bool>(), verification.ToJsonString());
        var actions = new List<AuditEntry>();
        await foreach (var entry in new AuditLog(_stack.Storage.Audit).ReadAllAsync())
        {
            actions.Add(entry);
        }

        Assert.Single(actions, e => e.Action == "training.started");
        Assert.Single(actions, e => e.Action == "model.promoted");
        Assert.Equal(2, actions.Count(e => e.Action == "inference.chat" && e.Actor == "app.assistant"));
    }
}
