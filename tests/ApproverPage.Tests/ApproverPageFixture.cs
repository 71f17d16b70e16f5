using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Playwright;
using Pipeline.Functions.Intake;
using Pipeline.LocalHost.LocalStack;
using Pipeline.Orchestration;
using TestSupport;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ApproverPage.Tests;

/// <summary>
/// One local stack, one run waiting for approval and one headless Chromium, shared by the approver page tests
/// (starting the stack and training the tiny model is most of their time). The run is the data team's upload of
/// the shipped demo dataset, so its submitter is <see cref="Submitter"/>.
/// </summary>
public sealed class ApproverPageFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>Who submitted the run: the team whose folder the dataset was dropped into.</summary>
    public const string Submitter = "team:clinic";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    private DirectoryInfo? _data;
    private LocalStack? _stack;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _http;
    private string? _runId;

    internal LocalStack Stack => _stack ?? throw new InvalidOperationException("the local stack is not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    /// <summary>The run every test looks at.</summary>
    public string RunId => _runId ?? throw new InvalidOperationException("the run is not started");

    /// <summary>The approver page: http://127.0.0.1:{port}/api/ui/.</summary>
    public Uri PageAddress => new(Stack.BaseAddress, "api/ui/");

    /// <summary>The folder the screenshots go to (git-ignored with the rest of artifacts/).</summary>
    public static string ScreenshotFolder { get; } = RepositoryPaths.Combine("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // The browser first: a machine without Chromium fails in a second, not after the stack and a training run.
        var executable = ApproverPage.Tests.Browser.ExecutablePath();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ApproverPage.Tests.Browser.Arguments(),
        });
        Log($"Chromium {_browser.Version} from {executable}");
        Directory.CreateDirectory(ScreenshotFolder);

        _data = Directory.CreateTempSubdirectory("approver-page-");
        using (var starting = new CancellationTokenSource(StartTimeout))
        {
            _stack = await LocalStack.StartAsync(
                new LocalStackOptions { Port = FreePort(), DataFolder = _data.FullName, VerboseCategories = [] }, Log, starting.Token);
        }

        _http = new HttpClient { BaseAddress = new Uri(_stack.BaseAddress, "api/") };

        // The data team's upload: the watcher starts the run, which masks, trains, evaluates and waits for approval.
        var blob = _stack.Storage.Datasets.GetBlobClient("incoming/clinic/clinic-notes.jsonl");
        var uploaded = await blob.UploadAsync(RepositoryPaths.Combine("samples", "demo", "clinic-notes.jsonl"));
        _runId = RunIds.ForUpload(blob.Uri, uploaded.Value.ETag.ToString());
        Log($"Uploaded the demo dataset: run {_runId}");
        var started = DateTimeOffset.UtcNow;
        using var running = new CancellationTokenSource(RunTimeout);
        var phase = await WaitForPhaseAsync(RunPhase.AwaitingApproval, running.Token);
        Log($"Run {_runId} is {phase} after {(DateTimeOffset.UtcNow - started).TotalSeconds:F0} s");
    }

    /// <summary>A fresh browser context (its own session storage, so its own sign-in) with the page open.</summary>
    public async Task<PageSession> OpenPageAsync(string hash = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        // Expect(...) assertions have their own default (5 s); a machine busy with other test projects needs more.
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page);
        await page.GotoAsync(new Uri(PageAddress, hash).ToString());
        return session;
    }

    /// <summary>A development token the stack accepts.</summary>
    public Task<string> TokenAsync(string user, params string[] roles) => Stack.TokenAsync(user, roles);

    /// <summary>GET /api/runs/{id} as <paramref name="token"/>'s holder: what the API says about the run.</summary>
    public Task<JsonObject> GetRunAsync(string token) => GetJsonAsync($"runs/{Uri.EscapeDataString(RunId)}", token);

    /// <summary>GET /api/runs/{id}/evidence: the evidence the page should be showing.</summary>
    public Task<JsonObject> GetEvidenceAsync(string token) => GetJsonAsync($"runs/{Uri.EscapeDataString(RunId)}/evidence", token);

    private async Task<JsonObject> GetJsonAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http!.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Polls the orchestration's custom status until the run reaches <paramref name="phase"/> or ends.</summary>
    public async Task<string> WaitForPhaseAsync(string phase, CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var instance = await Stack.Client.GetInstanceAsync(RunId, getInputsAndOutputs: true, cancellationToken);
            var current = instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<RunProgress>()?.Phase;
            if (current != last && current is not null)
            {
                Log($"  {RunId}: {current}");
                last = current;
            }

            if (current == phase)
            {
                return current;
            }

            if (instance is { IsCompleted: true })
            {
                var result = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<PipelineResult>() : null;
                throw new InvalidOperationException(
                    $"run {RunId} ended ({instance.RuntimeStatus}, {result?.Status}: {result?.Reason ?? instance.FailureDetails?.ErrorMessage}) before reaching {phase}");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }

        try
        {
            _data?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Azurite may still be letting go of its files; the temporary folder is the OS's to clean.
        }
    }

    private void Log(string line) => diagnostics.OnMessage(new DiagnosticMessage("[approver-page] " + line));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
