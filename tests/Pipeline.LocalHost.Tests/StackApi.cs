using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pipeline.Secrets;
using Pipeline.Security;

namespace Pipeline.LocalHost.Tests;

/// <summary>Talks to a running local stack over HTTP as applications and approvers do; tokens from the stack's dev key.</summary>
internal sealed class StackApi(Uri baseAddress, string secretsFolder) : IDisposable
{
    public const string Team = "clinic";

    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseAddress, "api/"), Timeout = TimeSpan.FromMinutes(2) };

    public Uri ApiBase => _http.BaseAddress!;

    public async Task<string> TokenAsync(string user, params string[] roles)
    {
        var key = await new FileSecretStore(secretsFolder).GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32);
        return AccessTokenValidator.CreateDevelopmentToken(key, AccessTokenValidator.LocalAudience, user, roles, TimeSpan.FromMinutes(30));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _http.SendAsync(request);
    }

    public async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var response = await _http.GetAsync("health");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Polls <c>GET /api/runs/{id}</c> until <paramref name="done"/> holds; fails on timeout with the last state seen.</summary>
    public async Task<JsonObject> WaitForRunAsync(string runId, Func<JsonObject, bool> done, TimeSpan timeout, Func<Task>? whileWaiting = null)
    {
        var token = await TokenAsync("test.reader", AppRoles.Approver);
        var deadline = DateTime.UtcNow + timeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await SendAsync(HttpMethod.Get, $"runs/{runId}", token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                    if (done(last))
                    {
                        return last;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // The stack is (re)starting.
            }

            if (whileWaiting is not null)
            {
                await whileWaiting();
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"run {runId} did not reach the expected state within {timeout}; last: {last?.ToJsonString()}");
    }

    public async Task ApproveAsync(string runId, string approver)
    {
        using var response = await SendAsync(HttpMethod.Post, $"runs/{runId}/approvals", await TokenAsync(approver, AppRoles.Approver),
            new { decision = "approve", comment = $"reviewed by {approver}" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForRunAsync(runId, r => Status(r) is not null || (r["progress"]?["approvedBy"]?.AsArray().Any(a => a?.GetValue<string>() == approver) ?? false),
            TimeSpan.FromMinutes(3));
    }

    public static string? Phase(JsonObject run) => run["phase"]?.GetValue<string>();

    public static string? Status(JsonObject run) => run["status"]?.GetValue<string>();

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _http.Dispose();
}
