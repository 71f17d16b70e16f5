using GpuHost.Hosting;
using LLama;
using LLama.Common;
using Microsoft.Extensions.Options;
using Training;

namespace GpuHost.Inference;

/// <summary>The base model is still loading (or failed to); callers answer 503.</summary>
public sealed class ModelNotReadyException : Exception
{
    public ModelNotReadyException() : base("The base model is not loaded yet.") { }

    public ModelNotReadyException(string message) : base(message) { }

    public ModelNotReadyException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Loads the base GGUF into llama.cpp once, in the background so health probes answer while a large model loads,
/// behind an async lock so nothing can load it twice. Contexts (KV caches) are per request; weights are shared.
/// </summary>
public sealed partial class ModelHost(IOptions<GpuHostOptions> options, ILogger<ModelHost> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private LLamaWeights? _weights;
    private Task? _loading;
    private Exception? _loadError;

    public bool IsReady => Volatile.Read(ref _weights) is not null;

    /// <summary>The GGUF's <c>general.name</c>: adapters record it and are refused on another base.</summary>
    public string BaseModelIdentity { get; private set; } = "";

    public ModelParams Parameters { get; } = CreateParameters(options.Value);

    /// <summary>The loaded weights; throws <see cref="ModelNotReadyException"/> while loading.</summary>
    public LLamaWeights Weights => Volatile.Read(ref _weights) ?? throw new ModelNotReadyException(
        _loadError is null ? "The base model is still loading." : "The base model failed to load; see the host's logs.");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loading = Task.Run(() => LoadAsync(CancellationToken.None), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Completes when the base model is loaded (tests, benchmarks, and the CLI wait on this).</summary>
    public async Task WaitUntilLoadedAsync(CancellationToken cancellationToken)
    {
        await (_loading ?? LoadAsync(cancellationToken)).WaitAsync(cancellationToken);
        _ = Weights;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_weights is not null)
            {
                return;
            }

            LlamaCppRuntime.EnsureConfigured();
            LogLoading(logger, Path.GetFileName(Parameters.ModelPath));
            var weights = await LLamaWeights.LoadFromFileAsync(Parameters, cancellationToken);
            BaseModelIdentity = weights.Metadata.TryGetValue("general.name", out var name) ? name : Path.GetFileNameWithoutExtension(Parameters.ModelPath);
            Volatile.Write(ref _weights, weights);
            LogLoaded(logger, BaseModelIdentity, weights.ParameterCount);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = ex;
            LogLoadFailed(logger, ex);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_loading is not null)
        {
            await _loading.WaitAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _weights?.Dispose();
        _loadLock.Dispose();
    }

    private static ModelParams CreateParameters(GpuHostOptions o) => new(o.BaseModelPath)
    {
        ContextSize = (uint)o.ContextSize,
        GpuLayerCount = o.GpuLayers,
        Threads = o.InferenceThreads ?? o.Threads ?? Environment.ProcessorCount,
        BatchThreads = o.InferenceThreads ?? o.Threads ?? Environment.ProcessorCount,
        BatchSize = (uint)Math.Min(o.ContextSize, 512),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading base model {File}")]
    private static partial void LogLoading(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Base model {Name} loaded ({Parameters} parameters)")]
    private static partial void LogLoaded(ILogger logger, string name, ulong parameters);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The base model failed to load")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
