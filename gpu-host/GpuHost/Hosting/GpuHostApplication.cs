using GpuHost.Adapters;
using GpuHost.Evaluation;
using GpuHost.Inference;
using GpuHost.Jobs;
using GpuHost.Security;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pipeline.Secrets;

namespace GpuHost.Hosting;

/// <summary>Composition of the ASP.NET Core service: one <c>Add…</c> for services, one <c>Map…</c> for routes.</summary>
public static class GpuHostApplication
{
    /// <summary>Builds the web application (the <c>serve</c> command runs it; tests and benchmarks host it).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Before options validation looks for the file; start-up is the one place blocking is fine (nothing serves yet).
        BaseModelDownload.EnsureAsync(builder.Configuration, Console.Error.WriteLine, CancellationToken.None).GetAwaiter().GetResult();
        builder.AddGpuHost();
        var app = builder.Build();
        app.MapGpuHost();
        return app;
    }

    public static WebApplicationBuilder AddGpuHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // llama.cpp's process-wide settings (native library, log routing) must be fixed before anything touches it,
        // and creating ModelParams already does.
        Training.LlamaCppRuntime.EnsureConfigured();
        var services = builder.Services;
        services.AddOptions<GpuHostOptions>().BindConfiguration(GpuHostOptions.Section).ValidateDataAnnotations()
            .Validate(o => File.Exists(o.BaseModelPath), "GpuHost:BaseModelPath must name an existing GGUF file.").ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations()
            .Validate(a => a.Authority is not null || a.AllowLocalSigningKey || isDevelopment,
                "Auth:Authority (Entra ID) is required outside Development; locally signed tokens are for development and test rigs.")
            .ValidateOnStart();

        services.AddSingleton<ISecretStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SecretsOptions>>().Value;
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.KeyVaultUri is { } vault
                ? new KeyVaultSecretStore(new SecretClient(vault, StorageClients.Credential(storage.ManagedIdentityClientId)))
                : new FileSecretStore(o.LocalFolder!);
        });
        services.AddSingleton<IKeyWrapper>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SecretsOptions>>().Value;
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.KeyVaultUri is { } vault
                ? new KeyVaultKeyWrapper(vault, o.AdapterKeyName, StorageClients.Credential(storage.ManagedIdentityClientId))
                : new LocalKeyWrapper(sp.GetRequiredService<ISecretStore>());
        });
        services.AddSingleton<StorageClients>();
        services.AddSingleton<WorkDirectory>();
        services.AddSingleton<AdapterCipher>();
        services.AddSingleton<AdapterStore>();
        services.AddSingleton<LocalSigningKey>();
        services.AddSingleton<ModelHost>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
        services.AddSingleton<InferenceQueue>();
        services.AddSingleton<AdapterCache>();
        services.AddSingleton<ChatEngine>();
        services.AddSingleton<ChatService>();
        services.AddSingleton<GpuHostMetrics>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<JobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        services.AddSingleton<Evaluator>();

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // One policy for every route: the default (routes that ask for authorization) and the fallback (all others).
        var callers = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser()
            .RequireAssertion(IsAllowedCaller).Build();
        services.AddAuthorizationBuilder().SetDefaultPolicy(callers).SetFallbackPolicy(callers);

        services.AddProblemDetails();
        services.AddExceptionHandler<KnownExceptionHandler>();
        // Requests are small JSON documents; anything bigger is refused with 413 before it is read.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = 4 * 1024 * 1024);
        services.Configure<JsonOptions>(o => JsonDefaults.Configure(o.SerializerOptions));
        // Malformed bodies answer 400 ProblemDetails in every environment instead of throwing into the developer page.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddHealthChecks()
            .AddCheck<ModelReadyCheck>("base-model", tags: ["ready"]);

        var otel = services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(GpuHostMetrics.Name).AddAspNetCoreInstrumentation())
            .WithTracing(t => t.AddSource(GpuHostMetrics.Name).AddAspNetCoreInstrumentation(a =>
                // Probes would drown the traces.
                a.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/healthz") && !ctx.Request.Path.StartsWithSegments("/readyz")));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapGpuHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        var v1 = app.MapGroup("/v1").RequireAuthorization();
        v1.MapInference();
        v1.MapFineTunes();
        v1.MapEvaluations();
        return app;
    }

    /// <summary>
    /// With <c>Auth:AllowedCallers</c> set, only those applications (v2 tokens name the client in <c>azp</c>, v1 tokens in
    /// <c>appid</c>) may call; anyone else with a valid token for the audience gets 403.
    /// </summary>
    private static bool IsAllowedCaller(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context)
    {
        var services = (context.Resource as HttpContext)?.RequestServices;
        var allowed = services?.GetRequiredService<IOptions<AuthOptions>>().Value.AllowedCallers ?? [];
        return allowed.Count == 0
            || context.User.FindAll("azp").Concat(context.User.FindAll("appid")).Any(claim => allowed.Contains(claim.Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Ready when the base model is loaded: traffic is routed here only then.</summary>
    private sealed class ModelReadyCheck(ModelHost host) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(host.IsReady ? HealthCheckResult.Healthy("base model loaded") : HealthCheckResult.Unhealthy("base model loading"));
    }
}
