using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Masking.Dataset;

namespace Pipeline.Registry;

/// <summary>
/// The model registry in the <c>models</c> container: <c>{name}/versions/{n}/</c> holds adapter, manifest, model
/// card, loss curve and evaluation report; <c>{name}/aliases/{alias}.json</c> names the version an alias serves.
/// Every write that two processes could race on is conditional (create-only or ETag-matched), so version numbers
/// are never handed out twice and alias moves are never lost.
/// </summary>
public sealed class ModelRegistry
{
    /// <summary>The alias applications call by default.</summary>
    public const string ProductionAlias = "production";

    /// <summary>A version's retirement record; its presence is what makes the version retired.</summary>
    public const string RetiredFile = "retired.json";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private const int MaxAttempts = 50;
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;

    /// <summary>Creates a registry over <paramref name="container"/> (normally <c>models</c>).</summary>
    public ModelRegistry(BlobContainerClient container, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Blob name of a version's file.</summary>
    public static string VersionBlob(string modelName, int version, string file) =>
        $"{modelName}/versions/{version.ToString(CultureInfo.InvariantCulture)}/{file}";

    /// <summary>
    /// Registers a new version and moves <see cref="ProductionAlias"/> to it. Idempotent per run id: a repeated call
    /// (a retried activity) finds the version its run already claimed, completes anything missing and returns it.
    /// </summary>
    public async Task<PromotionResult> PromoteAsync(ModelPublication publication, Func<Stream, CancellationToken, Task> writeAdapter, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(writeAdapter);
        ValidateName(publication.ModelName);
        var name = publication.ModelName;

        var runIndex = _container.GetBlobClient($"{name}/runs/{publication.RunId}.json");
        if (await TryReadAsync<RunIndex>(runIndex, cancellationToken) is { } done
            && await GetManifestAsync(name, done.Version, cancellationToken) is { } existing)
        {
            await MoveAliasAsync(name, ProductionAlias, existing.Version, actor, cancellationToken);
            return new PromotionResult(existing.Version, VersionBlob(name, existing.Version, "manifest.json"), VersionBlob(name, existing.Version, "model-card.md"), existing.AdapterSha256, AlreadyPromoted: true);
        }

        var version = await ClaimVersionAsync(name, publication.RunId, cancellationToken);

        // Inside a claimed version only this run writes, so plain overwrites are safe (a retry rewrites the same).
        var adapter = _container.GetBlobClient(VersionBlob(name, version, "adapter.gguf"));
        string adapterSha;
        long adapterBytes;
        await using (var target = await adapter.OpenWriteAsync(overwrite: true, cancellationToken: cancellationToken))
        await using (var hashing = new HashingStream(target, leaveOpen: true))
        {
            await writeAdapter(hashing, cancellationToken);
            await hashing.FlushAsync(cancellationToken);
            adapterSha = hashing.HashHex;
            adapterBytes = hashing.BytesHashed;
        }

        var manifest = new ModelManifest(
            name, version, publication.RunId, _time.GetUtcNow(), publication.Submitter, publication.BaseModel, publication.BaseModelSha256,
            publication.RawDatasetSha256, publication.MaskedDatasetSha256, publication.TrainSha256, publication.EvalSha256,
            publication.Masking, publication.PolicyVersion, publication.Hyperparameters, publication.TrainingJobId,
            publication.Metrics, publication.Gates, publication.Approvals, adapterSha, adapterBytes, publication.ServingName);

        await UploadTextAsync(VersionBlob(name, version, "evaluation.json"), publication.EvaluationReportJson, "application/json", cancellationToken);
        var svg = ModelCard.RenderLossCurveSvg(publication.LossCurve);
        if (svg is not null)
        {
            await UploadTextAsync(VersionBlob(name, version, ModelCard.LossCurveFile), svg, "image/svg+xml", cancellationToken);
        }

        await UploadTextAsync(VersionBlob(name, version, "model-card.md"), ModelCard.RenderMarkdown(manifest, svg is not null), "text/markdown; charset=utf-8", cancellationToken);
        // The manifest goes last: its presence marks the version complete.
        await UploadTextAsync(VersionBlob(name, version, "manifest.json"), JsonSerializer.Serialize(manifest, Json), "application/json", cancellationToken);
        try
        {
            await runIndex.UploadAsync(BinaryData.FromObjectAsJson(new RunIndex(version), Json), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Written by an earlier attempt of this same run.
        }

        await MoveAliasAsync(name, ProductionAlias, version, actor, cancellationToken);
        return new PromotionResult(version, VersionBlob(name, version, "manifest.json"), VersionBlob(name, version, "model-card.md"), adapterSha, AlreadyPromoted: false);
    }

    /// <summary>Points <paramref name="alias"/> at <paramref name="version"/>, remembering where it pointed before.</summary>
    public async Task<AliasState> MoveAliasAsync(string modelName, string alias, int version, string actor, CancellationToken cancellationToken = default)
    {
        ValidateName(modelName);
        ValidateName(alias);
        if (await GetRetirementAsync(modelName, version, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"{modelName} version {version} is retired and cannot be served again");
        }

        return (await UpdateAliasAsync(modelName, alias, actor, current =>
            current?.Version == version ? null : new AliasTarget(version, current is null ? [] : [.. current.History, current.Version]), cancellationToken))!;
    }

    /// <summary>Moves <paramref name="alias"/> back to the version it served before; fails when there is none.</summary>
    public async Task<AliasState> RollbackAsync(string modelName, string actor, string alias = ProductionAlias, CancellationToken cancellationToken = default)
    {
        ValidateName(modelName);
        ValidateName(alias);
        return (await UpdateAliasAsync(modelName, alias, actor, current =>
            current is null || current.History.Count == 0
                ? throw new InvalidOperationException($"{modelName}/{alias} has no previous version to roll back to")
                : new AliasTarget(current.History[^1], current.History.Take(current.History.Count - 1).ToList()), cancellationToken))!;
    }

    /// <summary>
    /// Retires a version for good — the step an erasure request (or a withdrawn approval) ends in. Its retirement record
    /// is written first, so nothing can move an alias back to it; the production alias leaves it for the newest earlier
    /// version it served that is still live, or is removed when none is; it leaves the alias's rollback history; and
    /// its adapter bytes are deleted. Manifest, model card and evaluation stay: they record what was trained on what
    /// and who approved it, and hold no dataset content. Idempotent: a repeated call completes what is missing.
    /// The caller deletes the adapter the GPU host serves (<see cref="RetirementResult.ServingName"/>).
    /// </summary>
    public async Task<RetirementResult> RetireAsync(string modelName, int version, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ValidateName(modelName);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var manifest = await GetManifestAsync(modelName, version, cancellationToken)
            ?? throw new KeyNotFoundException($"{modelName} has no version {version}");
        var record = new RetirementRecord(version, _time.GetUtcNow(), actor, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reason))));
        var already = false;
        try
        {
            await _container.GetBlobClient(VersionBlob(modelName, version, RetiredFile)).UploadAsync(BinaryData.FromObjectAsJson(record, Json),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            record = await GetRetirementAsync(modelName, version, cancellationToken) ?? record;
            already = true;
        }

        var retired = await RetiredVersionsAsync(modelName, cancellationToken);
        var production = await UpdateAliasAsync(modelName, ProductionAlias, actor, current => WithoutRetired(current, retired), cancellationToken);
        await _container.GetBlobClient(VersionBlob(modelName, version, "adapter.gguf")).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        await MarkModelCardRetiredAsync(modelName, record, cancellationToken);
        return new RetirementResult(record, manifest.ServingName, production, already);
    }

    /// <summary>A reader of the model card must see first that the version is retired; added once, above the title.</summary>
    private async Task MarkModelCardRetiredAsync(string modelName, RetirementRecord record, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(VersionBlob(modelName, record.Version, "model-card.md"));
        if ((await TryDownloadAsync(blob, cancellationToken))?.ToString() is not { } card || card.StartsWith(ModelCard.RetiredBanner, StringComparison.Ordinal))
        {
            return;
        }

        await UploadTextAsync(blob.Name, ModelCard.RetiredNotice(record) + card, "text/markdown; charset=utf-8", cancellationToken);
    }

    /// <summary>The retirement record of a version, or null while it is live.</summary>
    public Task<RetirementRecord?> GetRetirementAsync(string modelName, int version, CancellationToken cancellationToken = default) =>
        TryReadAsync<RetirementRecord>(_container.GetBlobClient(VersionBlob(modelName, version, RetiredFile)), cancellationToken);

    /// <summary>
    /// Every version, of every model, trained on the dataset whose raw (uploaded) or masked SHA-256 is
    /// <paramref name="datasetSha256"/> — where an erasure request for that dataset starts — with its retirement, if any.
    /// Reads every manifest: meant for rare questions (erasure requests, and a DP-SGD run's dataset budget once per run),
    /// not for request paths.
    /// </summary>
    public async Task<IReadOnlyList<(ModelManifest Manifest, RetirementRecord? Retirement)>> FindByDatasetAsync(string datasetSha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasetSha256);
        var found = new List<(ModelManifest, RetirementRecord?)>();
        foreach (var model in await ListModelsAsync(cancellationToken))
        {
            if (!IsValidName(model))
            {
                continue;
            }

            foreach (var version in await ListVersionsAsync(model, cancellationToken))
            {
                if (await GetManifestAsync(model, version, cancellationToken) is { } manifest
                    && (string.Equals(manifest.RawDatasetSha256, datasetSha256, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(manifest.MaskedDatasetSha256, datasetSha256, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add((manifest, await GetRetirementAsync(model, version, cancellationToken)));
                }
            }
        }

        return found;
    }

    /// <summary>Retired versions of a model, ascending.</summary>
    public Task<IReadOnlyList<int>> RetiredVersionsAsync(string modelName, CancellationToken cancellationToken = default) =>
        VersionsWithAsync(modelName, RetiredFile, cancellationToken);

    /// <summary>Takes retired versions out of an alias: its history loses them; if it serves one, it falls back or is removed.</summary>
    private static AliasTarget? WithoutRetired(AliasState? current, IReadOnlyList<int> retired)
    {
        if (current is null)
        {
            return null;
        }

        var history = current.History.Where(v => !retired.Contains(v)).ToList();
        if (!retired.Contains(current.Version))
        {
            return history.Count == current.History.Count ? null : new AliasTarget(current.Version, history);
        }

        // Nothing left that may be served: the model has no production version until the next promotion.
        return history.Count == 0 ? AliasTarget.Removed : new AliasTarget(history[^1], history.Take(history.Count - 1).ToList());
    }

    /// <summary>The alias, or null when it was never set.</summary>
    public async Task<AliasState?> GetAliasAsync(string modelName, string alias = ProductionAlias, CancellationToken cancellationToken = default) =>
        (await ReadAliasAsync(modelName, alias, cancellationToken)).State;

    /// <summary>A version's manifest, or null when the version does not exist or is incomplete.</summary>
    public Task<ModelManifest?> GetManifestAsync(string modelName, int version, CancellationToken cancellationToken = default) =>
        TryReadAsync<ModelManifest>(_container.GetBlobClient(VersionBlob(modelName, version, "manifest.json")), cancellationToken);

    /// <summary>Names of the models in the registry, sorted.</summary>
    public async Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Delimiter = "/" }, cancellationToken))
        {
            if (item.IsPrefix)
            {
                names.Add(item.Prefix.TrimEnd('/'));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Complete versions of a model, ascending.</summary>
    public Task<IReadOnlyList<int>> ListVersionsAsync(string modelName, CancellationToken cancellationToken = default) =>
        VersionsWithAsync(modelName, "manifest.json", cancellationToken);

    /// <summary>Versions of a model that have <paramref name="file"/>, ascending.</summary>
    private async Task<IReadOnlyList<int>> VersionsWithAsync(string modelName, string file, CancellationToken cancellationToken)
    {
        ValidateName(modelName);
        var versions = new List<int>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{modelName}/versions/" }, cancellationToken))
        {
            if (item.Name.EndsWith("/" + file, StringComparison.Ordinal) && ParseVersion(modelName, item.Name) is { } v)
            {
                versions.Add(v);
            }
        }

        versions.Sort();
        return versions;
    }

    private async Task<int> ClaimVersionAsync(string name, string runId, CancellationToken cancellationToken)
    {
        // Start after the highest claimed number; create-only claims settle races between concurrent promotions.
        var highest = 0;
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{name}/versions/" }, cancellationToken))
        {
            if (ParseVersion(name, item.Name) is { } v && v > highest)
            {
                highest = v;
            }
        }

        for (var version = Math.Max(1, highest); version < highest + MaxAttempts; version++)
        {
            var claim = _container.GetBlobClient(VersionBlob(name, version, "claim.json"));
            try
            {
                await claim.UploadAsync(BinaryData.FromObjectAsJson(new RunIndex(version, runId), Json), new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken);
                return version;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                if ((await TryReadAsync<RunIndex>(claim, cancellationToken))?.RunId == runId)
                {
                    return version;
                }
            }
        }

        throw new InvalidOperationException($"could not claim a version of {name} after {MaxAttempts} attempts");
    }

    /// <summary>Where an alias update points the alias; <see cref="Removed"/> deletes it (no version left to serve).</summary>
    private sealed record AliasTarget(int Version, List<int> History)
    {
        public static readonly AliasTarget Removed = new(0, []);
    }

    /// <summary>
    /// Reads the alias, asks <paramref name="change"/> where it should point (null: leave it as it is) and writes that,
    /// retrying when another writer got there first. Returns the alias afterwards (null when it does not exist).
    /// </summary>
    private async Task<AliasState?> UpdateAliasAsync(string modelName, string alias, string actor, Func<AliasState?, AliasTarget?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await ReadAliasAsync(modelName, alias, cancellationToken);
            if (change(current) is not { } next)
            {
                return current;
            }

            // Only over the exact state we read: a concurrent move makes this fail instead of being lost.
            var conditions = etag is { } e ? new BlobRequestConditions { IfMatch = e } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            var blob = _container.GetBlobClient(AliasBlob(modelName, alias));
            try
            {
                if (ReferenceEquals(next, AliasTarget.Removed))
                {
                    await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken);
                    return null;
                }

                var state = new AliasState(modelName, alias, next.Version, next.History, _time.GetUtcNow(), actor);
                await blob.UploadAsync(BinaryData.FromObjectAsJson(state, Json), new BlobUploadOptions { Conditions = conditions }, cancellationToken);
                return state;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 20), cancellationToken);
            }
        }
    }

    private async Task<(AliasState? State, ETag? ETag)> ReadAliasAsync(string modelName, string alias, CancellationToken cancellationToken)
    {
        try
        {
            var download = (await _container.GetBlobClient(AliasBlob(modelName, alias)).DownloadContentAsync(cancellationToken)).Value;
            return (download.Content.ToObjectFromJson<AliasState>(Json), download.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, null);
        }
    }

    private async Task UploadTextAsync(string blobName, string text, string contentType, CancellationToken cancellationToken) =>
        await _container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(text), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        }, cancellationToken);

    private static async Task<T?> TryReadAsync<T>(BlobClient blob, CancellationToken cancellationToken)
        where T : class =>
        (await TryDownloadAsync(blob, cancellationToken))?.ToObjectFromJson<T>(Json);

    /// <summary>The blob's content, or null when it does not exist.</summary>
    private static async Task<BinaryData?> TryDownloadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static int? ParseVersion(string modelName, string blobName)
    {
        var rest = blobName.AsSpan($"{modelName}/versions/".Length);
        var slash = rest.IndexOf('/');
        return slash > 0 && int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static string AliasBlob(string modelName, string alias) => $"{modelName}/aliases/{alias}.json";

    /// <summary>True for names the registry accepts for models and aliases.</summary>
    public static bool IsValidName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_') && name[0] is not ('.' or '-');

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"\"{name}\" is not a valid model or alias name (lower-case letters, digits, '-', '.', '_'; at most 64)", nameof(name));
        }
    }

    private sealed record RunIndex(int Version, string? RunId = null);
}
