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

    /// <summary>How often runs poll their training job; null keeps the production default (30 s). The local stack polls faster.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan? TrainingPollInterval { get; set; }

    /// <summary>The timing new runs start with (null: <see cref="Pipeline.Orchestration.PipelineTiming.Default"/>).</summary>
    public Pipeline.Orchestration.PipelineTiming? Timing() =>
        TrainingPollInterval is { } poll ? Pipeline.Orchestration.PipelineTiming.Default with { PollInterval = poll } : null;
}
