using System.Security.Cryptography;
using Azure;
using Azure.Security.KeyVault.Secrets;

namespace Pipeline.Secrets;

/// <summary>
/// Azure Key Vault secret store, reached with the app's managed identity over the vault's private endpoint.
/// Keys are stored base64-encoded. Creating a missing key needs the "Key Vault Secrets Officer" role; production
/// deployments create keys at provisioning time and grant the app "Key Vault Secrets User" only.
/// </summary>
public sealed class KeyVaultSecretStore(SecretClient client) : ISecretStore
{
    /// <inheritdoc />
    public async Task<byte[]> GetOrCreateKeyAsync(string name, int lengthIfNew, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        try
        {
            KeyVaultSecret secret = await client.GetSecretAsync(name, cancellationToken: cancellationToken);
            return Convert.FromBase64String(secret.Value);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            var key = RandomNumberGenerator.GetBytes(lengthIfNew);
            var secret = new KeyVaultSecret(name, Convert.ToBase64String(key));
            secret.Properties.ContentType = "application/octet-stream;base64";
            await client.SetSecretAsync(secret, cancellationToken);
            return key;
        }
    }
}
