using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Functions;
using Pipeline.Functions.Http;
using Pipeline.GpuHost;
using Pipeline.Secrets;
using Pipeline.Security;
using Pipeline.Storage;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>Where the local stack keeps its state and where it listens.</summary>
internal sealed record LocalStackOptions
{
    /// <summary>State folder (Azurite data, secrets, the base model, GPU-host scratch); survives restarts.</summary>
    public string DataFolder { get; init; } = ".local";

    /// <summary>Port of the HTTP routes (the Functions host's default).</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Category prefixes logged at Information (everything else: warnings only).</summary>
    public IReadOnlyList<string> VerboseCategories { get; init; } = ["Pipeline"];

    /// <summary>How often runs poll their training job.</summary>
    public TimeSpan TrainingPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Optimizer steps between GPU-host checkpoints (a restart resumes from the last one).</summary>
    public int CheckpointEvery { get; init; } = 10;
}

/// <summary>
/// The product on one machine: Azurite (persistent), the GPU host (in-process, on the generated demo base model),
/// Durable Task on the Azure Storage provider, the orchestrations and activities, the dataset watcher, and the
/// Functions app's HTTP routes on http://127.0.0.1:{port}. Stopping it stops everything it started.
/// </summary>
internal sealed class LocalStack : IAsyncDisposable
{
    /// <summary>The GPU host's audience (its Entra app ID URI in Azure).</summary>
    public const string GpuHostAudience = "api://gpu-host";

    /// <summary>The base model's name on the GPU host.</summary>
    public const string BaseModelName = "base";

    private readonly List<IAsyncDisposable> _parts;

    private LocalStack(List<IAsyncDisposable> parts, AzuriteProcess azurite, WebApplication front, Uri baseAddress, string secretsFolder, IReadOnlyList<string> routes)
    {
        _parts = parts;
        Azurite = azurite;
        Front = front;
        BaseAddress = baseAddress;
        SecretsFolder = secretsFolder;
        Routes = routes;
    }

    public AzuriteProcess Azurite { get; }

    public WebApplication Front { get; }

    /// <summary>http://127.0.0.1:{port}/ — the routes are under api/.</summary>
    public Uri BaseAddress { get; }

    public string SecretsFolder { get; }

    public IReadOnlyList<string> Routes { get; }

    public BlobServiceClient BlobService => Front.Services.GetRequiredService<BlobServiceClient>();

    public PipelineStorage Storage => Front.Services.GetRequiredService<PipelineStorage>();

    public DurableTaskClient Client => Front.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Starts every part; <paramref name="progress"/> hears each step (no data, paths and ports only).</summary>
    public static async Task<LocalStack> StartAsync(LocalStackOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var root = Path.GetFullPath(options.DataFolder);
        var secretsFolder = Path.Combine(root, "secrets");
        var parts = new List<IAsyncDisposable>();
        try
        {
            if (!AzuriteProcess.IsInstalled())
            {
                progress("Installing the storage emulator (npm ci, about a minute, once)…");
                await NpmCiAsync(cancellationToken);
            }

            var azurite = await AzuriteProcess.StartOrAttachAsync(Path.Combine(root, "azurite"), cancellationToken);
            parts.Add(azurite);
            progress($"Storage: Azurite on 127.0.0.1:{azurite.BlobPort} (blob), data in {Path.Combine(root, "azurite")}");

            var modelPath = Path.Combine(root, "models", "base.gguf");
            if (!File.Exists(modelPath))
            {
                progress("Creating the demo base model (a seeded tiny Llama; once)…");
                Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
                var temporary = modelPath + ".tmp";
                Training.Model.TinyModelFactory.Create(temporary, new Training.Model.TinyModelOptions());
                File.Move(temporary, modelPath, overwrite: true);
            }

            var modelSha = await Sha256Async(modelPath, cancellationToken);
            var loggerFactory = CreateLoggerFactory(options);

            var gpuHost = await StartGpuHostAsync(root, modelPath, secretsFolder, azurite.ConnectionString, options, cancellationToken);
            parts.Add(gpuHost);
            var gpuHostAddress = new Uri(gpuHost.Urls.First());
            progress($"GPU host: {gpuHostAddress} (model '{BaseModelName}', {Path.GetFileName(modelPath)})");

            var durable = await DurableBackend.StartAsync(azurite.ConnectionString, loggerFactory, cancellationToken);
            parts.Add(durable);
            progress($"Durable Task: Azure Storage provider on Azurite, task hub '{DurableBackend.TaskHubName}'");

            var (front, routes) = await StartFrontAsync(options, azurite, durable, gpuHostAddress, secretsFolder, modelSha, loggerFactory, cancellationToken);
            parts.Add(front);
            var baseAddress = new Uri($"http://127.0.0.1:{options.Port}/");
            progress($"HTTP: {baseAddress}api/ ({routes.Count} routes), watching datasets/incoming/");
            return new LocalStack(parts, azurite, front, baseAddress, secretsFolder, routes);
        }
        catch
        {
            // Every part is stopped (Azurite above all, or it outlives the process), and the start-up failure is what the
            // caller sees: a part that cannot stop cleanly after a failed start must not replace it.
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                try
                {
                    await parts[i].DisposeAsync();
                }
                catch (Exception cleanup)
                {
                    progress($"while stopping after a failed start: {cleanup.GetType().Name}: {cleanup.Message}");
                }
            }

            throw;
        }
    }

    /// <summary>Mints a development token the stack accepts (what the <c>token</c> command prints).</summary>
    public async Task<string> TokenAsync(string user, IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var key = await new FileSecretStore(SecretsFolder).GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32, cancellationToken);
        return AccessTokenValidator.CreateDevelopmentToken(key, AccessTokenValidator.LocalAudience, user, roles, TimeSpan.FromHours(1));
    }

    /// <summary>Stops the front (and its worker) first, then the durable backend, the GPU host and Azurite.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            await _parts[i].DisposeAsync();
        }
    }

    private static async Task<WebApplication> StartGpuHostAsync(string root, string modelPath, string secretsFolder, string storageConnectionString,
        LocalStackOptions options, CancellationToken cancellationToken)
    {
        // The GPU host's own composition, configured the way its container is, but in Development with the local key.
        var app = global::GpuHost.Hosting.GpuHostApplication.Build(
        [
            "--environment", "Development",
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--GpuHost:BaseModelPath={modelPath}",
            $"--GpuHost:BaseModelName={BaseModelName}",
            "--GpuHost:ContextSize=1024",
            // One llama.cpp thread leaves a core for storage, the workflow and the HTTP front on a developer machine
            // (training still uses every core).
            "--GpuHost:InferenceThreads=1",
            $"--GpuHost:WorkDirectory={Path.Combine(root, "gpu-host")}",
            $"--Storage:ConnectionString={storageConnectionString}",
            $"--Secrets:LocalFolder={secretsFolder}",
            $"--Auth:Audience={GpuHostAudience}",
            "--Jobs:PollInterval=00:00:01",
            $"--Jobs:CheckpointEvery={options.CheckpointEvery.ToString(CultureInfo.InvariantCulture)}",
            $"--Jobs:EvalEvery={options.CheckpointEvery.ToString(CultureInfo.InvariantCulture)}",
        ]);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static async Task<(WebApplication App, IReadOnlyList<string> Routes)> StartFrontAsync(LocalStackOptions options, AzuriteProcess azurite,
        DurableBackend durable, Uri gpuHostAddress, string secretsFolder, string modelSha, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var secrets = new FileSecretStore(secretsFolder);
        var signingKey = await secrets.GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32, cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port, l => l.Protocols = HttpProtocols.Http1));
        // The same settings the Functions app reads from its app settings.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{PipelineRunOptions.Section}:BaseModel"] = BaseModelName,
            [$"{PipelineRunOptions.Section}:BaseModelSha256"] = modelSha,
            [$"{PipelineRunOptions.Section}:TrainingPollInterval"] = options.TrainingPollInterval.ToString("c", CultureInfo.InvariantCulture),
            [$"{AccessTokenOptions.Section}:Audience"] = AccessTokenValidator.LocalAudience,
            [$"{GpuHostOptions.Section}:BaseAddress"] = gpuHostAddress.ToString(),
            [$"{InferenceFrontOptions.Section}:GpuHostAudience"] = GpuHostAudience,
        });
        var services = builder.Services;
        // The local edges: Azurite instead of managed-identity Blob Storage, the file secret store instead of Key
        // Vault, the development key instead of Entra ID (same validation code, different signing key).
        services.AddSingleton(new BlobServiceClient(azurite.ConnectionString));
        services.AddSingleton<ISecretStore>(secrets);
        services.AddSingleton<IGpuHostTokenSource>(new DevelopmentGpuHostTokenSource(secrets, GpuHostAudience));
        services.AddPipelineApi(builder.Configuration);
        services.PostConfigure<AccessTokenOptions>(o => o.DevelopmentSigningKey = signingKey);

        services.AddDurableTaskClient(b => b.UseGrpc(durable.Channel));
        services.AddDurableTaskWorker(b =>
        {
            b.AddTasks(registry => registry.AddPipelineTasks());
            b.UseGrpc(durable.Channel);
        });
        services.AddHostedService<DatasetWatcher>();
        // IActionResult execution (ObjectResult → JSON, ProblemDetails) as in the Functions ASP.NET Core integration.
        services.AddMvcCore();

        var app = builder.Build();
        var routes = FunctionRoutes.Map(app, typeof(RunsApi).Assembly);
        var storage = app.Services.GetRequiredService<PipelineStorage>();
        await storage.EnsureContainersAsync(cancellationToken);
        await EnsureDefaultPolicyAsync(storage, cancellationToken);
        await app.StartAsync(cancellationToken);
        return (app, routes);
    }

    /// <summary>Installs the shipped local policy as <c>policies/default.json</c> unless an operator has put one there.</summary>
    private static async Task EnsureDefaultPolicyAsync(PipelineStorage storage, CancellationToken cancellationToken)
    {
        var blob = storage.Policies.GetBlobClient("default.json");
        if (await blob.ExistsAsync(cancellationToken))
        {
            return;
        }

        await using var policy = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pipeline.LocalHost.LocalStack.default-policy.json")
            ?? throw new InvalidOperationException("the shipped default policy is missing from the build");
        await blob.UploadAsync(policy, overwrite: false, cancellationToken);
    }

    private static ILoggerFactory CreateLoggerFactory(LocalStackOptions options) => LoggerFactory.Create(logging =>
    {
        logging.AddSimpleConsole(c =>
        {
            c.SingleLine = true;
            c.TimestampFormat = "HH:mm:ss ";
        });
        logging.SetMinimumLevel(LogLevel.Warning);
        foreach (var category in options.VerboseCategories)
        {
            logging.AddFilter(category, LogLevel.Information);
        }

        // The storage provider logs every poll and lease renewal at Information.
        logging.AddFilter("DurableTask", LogLevel.Warning);
    });

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static async Task NpmCiAsync(CancellationToken cancellationToken)
    {
        // npm ci works where package.json and its lockfile are: the repository root.
        var folder = new DirectoryInfo(Environment.CurrentDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "package-lock.json")))
        {
            folder = folder.Parent;
        }

        var start = new System.Diagnostics.ProcessStartInfo("npm")
        {
            UseShellExecute = false,
            WorkingDirectory = folder?.FullName ?? throw new InvalidOperationException("package-lock.json not found: run the local stack from the repository"),
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start npm (is Node.js installed?)");
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed with exit code {npm.ExitCode}; run it in the repository root and retry");
        }
    }
}
