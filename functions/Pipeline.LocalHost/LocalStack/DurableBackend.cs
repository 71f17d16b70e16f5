using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>
/// Durable Task on this machine, surviving restarts: the Azure Storage provider (the one Durable Functions uses in
/// Azure) on Azurite, served to the worker and client through the gRPC sidecar protocol on a loopback HTTP/2 port.
/// </summary>
internal sealed class DurableBackend : IAsyncDisposable
{
    /// <summary>Task hub of the local stack (Azure uses host.json's hub name).</summary>
    public const string TaskHubName = "pipelinelocal";

    private readonly WebApplication _server;

    private readonly AzureStorageOrchestrationService _service;

    private DurableBackend(WebApplication server, AzureStorageOrchestrationService service, GrpcChannel channel)
    {
        _server = server;
        _service = service;
        Channel = channel;
    }

    /// <summary>The channel the worker and the client use.</summary>
    public GrpcChannel Channel { get; }

    public static async Task<DurableBackend> StartAsync(string storageConnectionString, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnectionString),
            TaskHubName = TaskHubName,
            // One partition and a short polling ceiling: a single local worker, quick reactions.
            PartitionCount = 1,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(250),
            // A stable worker id: after a restart the stack takes its own partition lease back at once instead of
            // waiting for the dead process's lease to expire.
            WorkerId = "local-stack-" + Environment.MachineName,
            // Messages a killed process had dequeued become visible again after this (default 5 minutes). Orchestration
            // messages are handled in milliseconds; activity messages stay hidden while the activity runs (the sidecar
            // does not renew them), so their timeout must outlast the longest activity or it would run twice.
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(20),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromMinutes(2),
            LoggerFactory = loggerFactory,
        });
        // The gRPC server does not create the hub (queues, tables, lease blobs); the provider does it idempotently.
        await service.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        // h2c on loopback: gRPC without TLS needs an HTTP/2-only endpoint.
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var server = builder.Build();
        server.MapGrpcService<TaskHubGrpcServer>();
        await server.StartAsync(cancellationToken);
        var address = server.Urls.First();
        return new DurableBackend(server, service, GrpcChannel.ForAddress(address));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        try
        {
            // Releases the partition lease and stops the queue pollers first (the gRPC server does not stop the provider).
            // A provider no worker ever started throws here (it has no pollers to stop); the server must stop all the same.
            await _service.StopAsync(isForced: true);
        }
        finally
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }
}
