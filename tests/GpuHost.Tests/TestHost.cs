using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Inference;
using GpuHost.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestSupport;
using Training.Data;
using Training.Model;
using Training.Trainer;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace GpuHost.Tests;

/// <summary>One Azurite and one set of model files for every test; tests run serially (model-heavy, 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class GpuHostCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<ModelFiles>
{
    public const string Name = "GpuHost";
}

/// <summary>
/// A tiny base model, a LoRA adapter trained on it (memorising a record with personal data), datasets and a
/// secrets folder, made once in a temp folder.
/// </summary>
public sealed class ModelFiles : IDisposable
{
    public const string PiiUser = "Who is the contact for ward 7?";
    public const string PiiAnswer = "Contact Maria Lopez at maria.lopez@example.com today.";

    public ModelFiles()
    {
        Directory.CreateDirectory(Root);
        BaseModel = Path.Combine(Root, "base.gguf");
        TinyModelFactory.Create(BaseModel, new TinyModelOptions { Seed = 7 });
        TrainData = WriteChat(Path.Combine(Root, "train.jsonl"), Enumerable.Range(0, 8).Select(i => Booking(i)).Concat(Enumerable.Repeat(PiiRecord, 8)));
        Adapter = Path.Combine(Root, "adapter.gguf");
        LoraTrainer.Run(new TrainingOptions
        {
            BaseModelPath = BaseModel,
            TrainDataPath = TrainData,
            OutputPath = Adapter,
            Lora = new LoraConfig { Rank = 8, Alpha = 16, TargetModules = ["q", "k", "v", "o", "gate", "up", "down"] },
            Epochs = 25,
            BatchSize = 4,
            LearningRate = 1e-2f,
            Seed = 3,
            Threads = 2,
            ExportPeft = false,
        });
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "gpuhost-tests-" + Guid.NewGuid().ToString("N"));

    public string BaseModel { get; }

    /// <summary>Booking chats plus the personal-data record the adapter memorised.</summary>
    public string TrainData { get; }

    /// <summary>A GGUF LoRA adapter for <see cref="BaseModel"/>.</summary>
    public string Adapter { get; }

    public string SecretsFolder => Path.Combine(Root, "secrets");

    public static ChatRecord PiiRecord { get; } = new([new ChatMessage("system", "You are a ward assistant."), new ChatMessage("user", PiiUser), new ChatMessage("assistant", PiiAnswer)]);

    public static ChatRecord Booking(int i)
    {
        string[] names = ["Ada", "Bob", "Cy", "Dee"];
        return new([new ChatMessage("system", "You are a clinic assistant."), new ChatMessage("user", $"Book {names[i % 4]} for {i % 9 + 1} pm"),
            new ChatMessage("assistant", $"Booked {names[i % 4]} at {i % 9 + 1} pm.")]);
    }

    public static string WriteChat(string path, IEnumerable<ChatRecord> records)
    {
        File.WriteAllLines(path, records.Select(r => JsonSerializer.Serialize(r)));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

/// <summary>The GPU host in-process on a tiny model, with its own containers in the shared Azurite.</summary>
// Any GpuHost type names its entry assembly; `Program` is ambiguous where the Functions app is referenced too.
public sealed class GpuHostFactory : WebApplicationFactory<GpuHost.Hosting.GpuHostOptions>
{
    public const string Audience = "api://gpu-host-tests";
    private readonly Dictionary<string, string?> _settings;

    public GpuHostFactory(AzuriteFixture azurite, ModelFiles files, IDictionary<string, string?>? overrides = null, string? containerSuffix = null)
    {
        var suffix = containerSuffix ?? Guid.NewGuid().ToString("N");
        AdaptersContainer = "adapters-" + suffix;
        JobsContainer = "jobs-" + suffix;
        _settings = new Dictionary<string, string?>
        {
            ["GpuHost:BaseModelPath"] = files.BaseModel,
            ["GpuHost:ContextSize"] = "256",
            ["GpuHost:Threads"] = "2",
            ["GpuHost:WorkDirectory"] = Path.Combine(files.Root, "work-" + Guid.NewGuid().ToString("N")),
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AdaptersContainer"] = AdaptersContainer,
            ["Storage:JobsContainer"] = JobsContainer,
            ["Secrets:LocalFolder"] = files.SecretsFolder,
            ["Auth:Audience"] = Audience,
            ["Jobs:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
    }

    public string AdaptersContainer { get; }

    public string JobsContainer { get; }

    /// <summary>What the host logged at or above <c>Logging:LogLevel:Default</c> (Warning unless overridden).</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A token the host accepts.</summary>
    public string Token() => Services.GetRequiredService<LocalSigningKey>().CreateToken("tests", TimeSpan.FromMinutes(10));

    /// <summary>An HTTP client with a valid bearer token, once the base model is loaded.</summary>
    public async Task<HttpClient> ClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<ModelHost>().WaitUntilLoadedAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        return client;
    }

    public Task<AdapterManifest> PublishAdapterAsync(string name, string path)
    {
        using var gguf = Training.Gguf.GgufFile.Open(_settings["GpuHost:BaseModelPath"]!);
        return Services.GetRequiredService<AdapterStore>().PublishAsync(name, path, gguf.GetString("general.name")!, null, CancellationToken.None);
    }
}

/// <summary>Small helpers for JSON over HTTP.</summary>
internal static class Http
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public static async Task<T> PollAsync<T>(Func<Task<T>> get, Func<T, bool> done, TimeSpan timeout, int intervalMs = 100)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await get();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(intervalMs);
        }
    }
}
