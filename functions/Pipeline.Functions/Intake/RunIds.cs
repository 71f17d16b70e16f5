using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Functions.Intake;

/// <summary>
/// Deterministic run ids. A blob's URL plus its ETag identifies one upload exactly, so Event Grid delivering the
/// same BlobCreated event twice (it is at-least-once) maps to one orchestration instance, and a re-upload to a new one.
/// </summary>
public static class RunIds
{
    public static string ForUpload(Uri blobUrl, string eTag)
    {
        ArgumentNullException.ThrowIfNull(blobUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(eTag);
        return "run-" + Hash($"{blobUrl.GetLeftPart(UriPartial.Path)}|{eTag.Trim('"')}");
    }

    public static string ForManualStart(string datasetBlob, string submitter, DateTimeOffset at) =>
        "run-" + Hash($"{datasetBlob}|{submitter}|{at.UtcTicks}");

    /// <summary><c>incoming/{team}/{name}.jsonl</c> → <c>{team}-{name}</c>, lower-case and registry-safe.</summary>
    public static string DefaultModelName(string datasetBlob)
    {
        ArgumentNullException.ThrowIfNull(datasetBlob);
        var parts = datasetBlob.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var team = parts.Length >= 3 ? parts[1] : "default";
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        var builder = new StringBuilder();
        foreach (var c in $"{team}-{name}".ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return builder.ToString().Trim('-');
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24];
}
