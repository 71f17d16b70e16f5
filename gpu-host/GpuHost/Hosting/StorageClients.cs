using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace GpuHost.Hosting;

/// <summary>
/// The one BlobServiceClient of the host: a connection string for Azurite, otherwise the managed identity. The
/// host reads training files with its own identity, never with caller-supplied credentials or SAS tokens.
/// </summary>
public sealed class StorageClients
{
    private readonly StorageOptions _options;

    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = _options = options.Value;
        Blobs = o.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs)
            : new BlobServiceClient(o.ServiceUri, Credential(o.ManagedIdentityClientId));
    }

    public BlobServiceClient Blobs { get; }

    /// <summary>
    /// A caller-named data file (training, validation, eval): <c>container/path</c> or a blob URL of this account, never
    /// the host's own adapters or jobs containers (callers must not read sealed adapters or job state through it).
    /// </summary>
    public BlobClient? ResolveDataFile(string reference)
    {
        var blob = Jobs.BlobReference.Resolve(Blobs, reference);
        return blob is null || blob.BlobContainerName == _options.AdaptersContainer || blob.BlobContainerName == _options.JobsContainer ? null : blob;
    }

    internal static TokenCredential Credential(string? clientId) =>
        clientId is { Length: > 0 } ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)) : new DefaultAzureCredential();
}

/// <summary>JSON as the OpenAI API spells it: snake_case, nulls omitted, enums as snake_case strings.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
