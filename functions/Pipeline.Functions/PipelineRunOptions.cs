using System.ComponentModel.DataAnnotations;

namespace Pipeline.Functions;

/// <summary>Settings of the runs the app starts (section <c>Pipeline</c>).</summary>
public sealed class PipelineRunOptions
{
    public const string Section = "Pipeline";

    /// <summary>The GPU host's name for the base model every run fine-tunes.</summary>
    [Required]
    public string BaseModel { get; set; } = "base";

    /// <summary>SHA-256 of the base model file, recorded in manifests.</summary>
    [Required]
    public string BaseModelSha256 { get; set; } = "";

    /// <summary>Blob service endpoint, e.g. <c>https://{account}.blob.core.windows.net</c> (identity-based access).</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Key Vault URI for the secret store.</summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>Client id of the app's user-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
