namespace Pipeline.Secrets;

/// <summary>
/// Where keys live: Azure Key Vault in Azure, a file-backed store on a developer machine. Callers never see
/// which; secrets are never logged, put in options defaults or written next to data.
/// </summary>
public interface ISecretStore
{
    /// <summary>Returns the secret's bytes, or creates a random secret of <paramref name="lengthIfNew"/> bytes first.</summary>
    Task<byte[]> GetOrCreateKeyAsync(string name, int lengthIfNew, CancellationToken cancellationToken = default);
}

/// <summary>Names of the secrets the product uses.</summary>
public static class SecretNames
{
    /// <summary>HMAC key of the pseudonym masking operator (per deployment).</summary>
    public const string PseudonymisationKey = "pseudonymisation-key";
}
