using System.Net;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Activities;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Orchestration;
using Pipeline.Policy;
using Pipeline.Registry;
using Pipeline.Storage;

namespace Pipeline;

/// <summary>Composition of the host-agnostic pipeline: one call per host (Functions app, local stack, tests).</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage, audit, policy, registry and the GPU-host client. The host must register a
    /// <see cref="Azure.Storage.Blobs.BlobServiceClient"/> and an <see cref="Secrets.ISecretStore"/>, and should register an
    /// <see cref="IGpuHostTokenSource"/> (the GPU host refuses calls without a token); an <see cref="IGpuHostClient"/>
    /// registered before this call wins over the HTTP client.
    /// </summary>
    public static IServiceCollection AddPipelineCore(this IServiceCollection services, Action<PipelineStorageOptions>? storage = null, Action<GpuHostOptions>? gpuHost = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PipelineStorageOptions>().Configure(o => storage?.Invoke(o)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PipelineStorage>();
        services.TryAddSingleton(sp => new AuditLog(
            sp.GetRequiredService<PipelineStorage>().Audit,
            sp.GetRequiredService<IOptions<PipelineStorageOptions>>().Value.AuditEntriesPerSegment,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PolicyStore(sp.GetRequiredService<PipelineStorage>().Policies));
        services.TryAddSingleton(sp => new ModelRegistry(sp.GetRequiredService<PipelineStorage>().Models, sp.GetRequiredService<TimeProvider>()));

        if (!services.Any(d => d.ServiceType == typeof(IGpuHostClient)))
        {
            services.AddOptions<GpuHostOptions>().Configure(o => gpuHost?.Invoke(o)).ValidateDataAnnotations().ValidateOnStart();
            services.AddSingleton<IGpuHostClient>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<GpuHostOptions>>().Value;
                // One long-lived client with pooled connections that are recycled, so DNS changes are picked up.
                HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All };
                // The host requires a bearer token for its audience; the host app decides where it comes from.
                if (sp.GetService<IGpuHostTokenSource>() is { } tokens)
                {
                    handler = new GpuHostAuthenticationHandler(tokens) { InnerHandler = handler };
                }

                return new GpuHostClient(new HttpClient(handler) { BaseAddress = new Uri(options.BaseAddress!.ToString().TrimEnd('/') + "/"), Timeout = options.RequestTimeout });
            });
        }

        return services;
    }

    /// <summary>Registers the orchestrator and every activity of <see cref="FineTunePipeline"/>.</summary>
    public static DurableTaskRegistry AddPipelineTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<FineTunePipeline>();
        registry.AddActivity<LoadPolicyActivity>();
        registry.AddActivity<ValidateDatasetActivity>();
        registry.AddActivity<MaskDatasetActivity>();
        registry.AddActivity<ResidualScanActivity>();
        registry.AddActivity<SplitDatasetActivity>();
        registry.AddActivity<StartFineTuneActivity>();
        registry.AddActivity<GetFineTuneActivity>();
        registry.AddActivity<EvaluateModelActivity>();
        registry.AddActivity<PrivacySpendActivity>();
        registry.AddActivity<RecordEvidenceActivity>();
        registry.AddActivity<PromoteModelActivity>();
        registry.AddActivity<RecordAuditActivity>();
        registry.AddActivity<CleanupRunActivity>();
        return registry;
    }
}
