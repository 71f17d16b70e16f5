using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Http;
using Pipeline.Security;
using Pipeline.GpuHost;
using Pipeline.Secrets;

namespace Pipeline.Functions;

/// <summary>Composes the Functions app: options, Azure clients with the app's managed identity, the workflow, auth.</summary>
public static class PipelineFunctionsExtensions
{
    public static FunctionsApplicationBuilder AddPipelineFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<PipelineRunOptions>().BindConfiguration(PipelineRunOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccessTokenOptions>().BindConfiguration(AccessTokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Managed identity everywhere: no storage keys or connection strings with secrets.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PipelineRunOptions>>().Value;
            return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PipelineRunOptions>>().Value;
            return new BlobServiceClient(options.BlobServiceUri ?? throw new OptionsValidationException(PipelineRunOptions.Section, typeof(PipelineRunOptions), ["Pipeline:BlobServiceUri is required"]),
                sp.GetRequiredService<DefaultAzureCredential>());
        });
        services.AddSingleton<ISecretStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PipelineRunOptions>>().Value;
            return new KeyVaultSecretStore(new SecretClient(options.KeyVaultUri ?? throw new OptionsValidationException(PipelineRunOptions.Section, typeof(PipelineRunOptions), ["Pipeline:KeyVaultUri is required"]),
                sp.GetRequiredService<DefaultAzureCredential>()));
        });

        services.AddPipelineCore(
            storage => configuration.GetSection(Pipeline.Storage.PipelineStorageOptions.Section).Bind(storage),
            gpuHost => configuration.GetSection(GpuHostOptions.Section).Bind(gpuHost));

        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<RequestAuthorizer>();

        // Inference front: limits, the GPU host's HTTP client and the app's identity towards it.
        services.AddOptions<InferenceFrontOptions>().BindConfiguration(InferenceFrontOptions.Section);
        services.AddSingleton<InferenceRateLimiter>();
        services.AddSingleton<IGpuHostTokenSource, ManagedIdentityGpuHostTokenSource>();
        services.AddHttpClient(ChatCompletionsApi.GpuHostClientName, (sp, client) =>
        {
            var gpuHost = configuration.GetSection(GpuHostOptions.Section).Get<GpuHostOptions>();
            client.BaseAddress = gpuHost?.BaseAddress is { } address ? new Uri(address.ToString().TrimEnd('/') + "/") : null;
            client.Timeout = TimeSpan.FromMinutes(5);
        });
        return builder;
    }
}
