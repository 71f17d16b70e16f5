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

/// <summary>
/// Composes the app. <see cref="AddPipelineApi"/> is what every host of the HTTP routes needs (the Functions app and
/// the local stack); <see cref="AddPipelineFunctions"/> adds the Azure edges: managed identity, Blob Storage, Key Vault.
/// </summary>
public static class PipelineFunctionsExtensions
{
    public static FunctionsApplicationBuilder AddPipelineFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

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
        services.AddSingleton<IGpuHostTokenSource, ManagedIdentityGpuHostTokenSource>();
        services.AddPipelineApi(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Options, the workflow's services, token validation and the inference front. The host registers the
    /// <see cref="BlobServiceClient"/>, the <see cref="ISecretStore"/> and the <see cref="IGpuHostTokenSource"/>.
    /// </summary>
    public static IServiceCollection AddPipelineApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PipelineRunOptions>().BindConfiguration(PipelineRunOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccessTokenOptions>().BindConfiguration(AccessTokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddPipelineCore(
            storage => configuration.GetSection(Pipeline.Storage.PipelineStorageOptions.Section).Bind(storage),
            gpuHost => configuration.GetSection(GpuHostOptions.Section).Bind(gpuHost));

        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<RequestAuthorizer>();

        // Inference front: limits and the GPU host's HTTP client (the token source adds the app's identity per request).
        services.AddOptions<InferenceFrontOptions>().BindConfiguration(InferenceFrontOptions.Section);
        services.AddSingleton<InferenceRateLimiter>();
        services.AddHttpClient(ChatCompletionsApi.GpuHostClientName, (sp, client) =>
        {
            var gpuHost = configuration.GetSection(GpuHostOptions.Section).Get<GpuHostOptions>();
            client.BaseAddress = gpuHost?.BaseAddress is { } address ? new Uri(address.ToString().TrimEnd('/') + "/") : null;
            client.Timeout = TimeSpan.FromMinutes(5);
        });
        return services;
    }
}
