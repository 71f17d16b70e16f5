using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.GpuHost;
using Pipeline.Secrets;

namespace Pipeline.Activities;

/// <summary>
/// Canary secrets for measuring memorisation (Carlini et al., "The Secret Sharer"): a few records holding a random
/// secret are planted in the training split; after training the evaluation ranks the secret's likelihood among
/// random same-format candidates. The secrets are derived from a key in the secret store and the run id, so the
/// split and the evaluation activities compute the same ones and no secret ever enters the durable history.
/// </summary>
public static class Canaries
{
    /// <summary>Secret-store name of the key canaries are derived from.</summary>
    public const string KeyName = "canary-key";

    /// <summary>Text before the secret, in the planted record and in the probe.</summary>
    public const string Prefix = "The vault access code is ";

    /// <summary>The run's canary probes.</summary>
    public static async Task<IReadOnlyList<CanaryProbe>> ForRunAsync(ISecretStore secrets, string runId, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (count <= 0)
        {
            return [];
        }

        var key = await secrets.GetOrCreateKeyAsync(KeyName, 32, cancellationToken);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{runId}/{i.ToString(CultureInfo.InvariantCulture)}"));
            // Nine digits: the candidate space (1e9) dwarfs the candidates ranked, as the method needs.
            var secret = (BitConverter.ToUInt64(mac, 0) % 1_000_000_000UL).ToString("D9", CultureInfo.InvariantCulture);
            return new CanaryProbe(Prefix, secret);
        })];
    }

    /// <summary>The training record that plants one canary (chat format; the secret is in the assistant turn).</summary>
    public static string Record(CanaryProbe canary)
    {
        ArgumentNullException.ThrowIfNull(canary);
        return JsonSerializer.Serialize(new
        {
            messages = new object[]
            {
                new { role = "user", content = "What is the vault access code?" },
                new { role = "assistant", content = canary.Prefix + canary.Secret },
            },
        });
    }
}
