using System.ComponentModel.DataAnnotations;

namespace GpuHost.Hosting;

/// <summary>The base model and how inference uses it (section <c>GpuHost</c>).</summary>
public sealed class GpuHostOptions
{
    public const string Section = "GpuHost";

    /// <summary>Path of the base GGUF; one file serves inference (llama.cpp) and training (TorchSharp).</summary>
    [Required]
    public string BaseModelPath { get; set; } = "";

    /// <summary>Azure: the base model's blob in <c>Storage:ModelsContainer</c>, downloaded to <see cref="BaseModelPath"/> at start-up when missing.</summary>
    public string? BaseModelBlob { get; set; }

    /// <summary>Expected SHA-256 of the base model file; a download that does not match is refused.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string? BaseModelSha256 { get; set; }

    /// <summary>Name clients use for the base model in <c>model</c>.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9._-]{0,63}$")]
    public string BaseModelName { get; set; } = "base";

    /// <summary>Tokens per inference context (prompt + completion).</summary>
    [Range(16, 1 << 20)]
    public int ContextSize { get; set; } = 4096;

    /// <summary>Largest prompt accepted, in tokens; longer prompts get 413. Null: context size minus one.</summary>
    [Range(1, 1 << 20)]
    public int? MaxPromptTokens { get; set; }

    /// <summary>Completion length when a request names no <c>max_tokens</c>.</summary>
    [Range(1, 1 << 20)]
    public int DefaultMaxTokens { get; set; } = 512;

    /// <summary>Requests generating at once per model; more wait in the queue.</summary>
    [Range(1, 256)]
    public int MaxConcurrentRequestsPerModel { get; set; } = 1;

    /// <summary>Requests allowed to wait per model; beyond that the host answers 429.</summary>
    [Range(0, 10_000)]
    public int QueueCapacityPerModel { get; set; } = 16;

    /// <summary>Retry-After (seconds) sent with 429.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Adapters kept loaded in llama.cpp; the least recently used one is unloaded beyond this.</summary>
    [Range(1, 1024)]
    public int AdapterCacheSize { get; set; } = 8;

    /// <summary>Layers offloaded to the GPU (CUDA build); 0 on CPU.</summary>
    [Range(0, 1024)]
    public int GpuLayers { get; set; }

    /// <summary>
    /// Precision of the base weights that training and evaluation hold in libtorch (llama.cpp serving is unaffected).
    /// BFloat16 halves that memory — an 8B base needs ~16 GB instead of ~32 GB next to llama.cpp's own copy — and uses the
    /// GPU's bfloat16 tensor cores (Ampere or newer); Bicep sets it on the A100 profile.
    /// </summary>
    public Training.Model.BaseWeightPrecision BaseWeights { get; set; } = Training.Model.BaseWeightPrecision.Float32;

    /// <summary>
    /// Fine-tune jobs recompute each layer in the backward pass instead of keeping its activations (activation
    /// checkpointing): the switch for long records or an 8B base on a GPU whose memory activations would exhaust.
    /// </summary>
    public bool RecomputeActivations { get; set; }

    /// <summary>CPU threads for llama.cpp and libtorch; null: all cores.</summary>
    [Range(1, 1024)]
    public int? Threads { get; set; }

    /// <summary>CPU threads for llama.cpp inference only; null: <see cref="Threads"/>. Fewer than the cores keeps llama.cpp's
    /// spinning thread barriers from starving other work on a shared CPU host (training keeps <see cref="Threads"/>).</summary>
    [Range(1, 1024)]
    public int? InferenceThreads { get; set; }

    /// <summary>Mask personal data found in completions (egress filter) with typed placeholders.</summary>
    public bool RedactCompletionPii { get; set; }

    /// <summary>Scratch folder for job data and checkpoints (created 0700); defaults to a folder under the temp path.</summary>
    public string? WorkDirectory { get; set; }
}

/// <summary>Blob Storage the host reads training data from and writes adapters and job state to (section <c>Storage</c>).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>Azurite/local only. In Azure leave it empty and set <see cref="ServiceUri"/>: the managed identity is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob endpoint reached with the host's managed identity (DefaultAzureCredential).</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; null: the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string AdaptersContainer { get; set; } = "adapters";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string JobsContainer { get; set; } = "gpu-host-jobs";

    /// <summary>Where the base model blob is (read-only for the host).</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ModelsContainer { get; set; } = "models";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) == (ServiceUri is null))
        {
            yield return new ValidationResult("Set exactly one of Storage:ConnectionString (Azurite) and Storage:ServiceUri (managed identity).");
        }
    }
}

/// <summary>Where keys come from (section <c>Secrets</c>): Key Vault in Azure, a private folder locally.</summary>
public sealed class SecretsOptions : IValidatableObject
{
    public const string Section = "Secrets";

    public Uri? KeyVaultUri { get; set; }

    /// <summary>Development only: folder of the file-backed secret store (no Key Vault emulator exists).</summary>
    public string? LocalFolder { get; set; }

    /// <summary>The Key Vault RSA key that wraps adapters' and checkpoints' data keys (with <see cref="KeyVaultUri"/>).</summary>
    [Required]
    public string AdapterKeyName { get; set; } = "adapter-kek";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((KeyVaultUri is null) == string.IsNullOrWhiteSpace(LocalFolder))
        {
            yield return new ValidationResult("Set exactly one of Secrets:KeyVaultUri and Secrets:LocalFolder.");
        }
    }
}

/// <summary>
/// Bearer-token validation (section <c>Auth</c>). With <see cref="Authority"/> set (Entra ID) keys come from the
/// authority's metadata; without it tokens are signed with a local key from the secret store. Both go through the
/// same JwtBearer handler, audience and lifetime checks.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>Entra ID authority, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    /// <summary>The GPU host's audience (its app ID URI or client id).</summary>
    [Required]
    public string Audience { get; set; } = "";

    /// <summary>Issuer of locally signed tokens: the pipeline's development issuer, so the local stack's tokens work here too.</summary>
    [Required]
    public string LocalIssuer { get; set; } = Pipeline.Security.AccessTokenValidator.DevelopmentIssuer;

    /// <summary>
    /// Client ids of the applications allowed to call (the <c>azp</c> or <c>appid</c> claim), e.g. the pipeline's managed
    /// identity. Empty: any token for the audience (development). In Azure the audience is the pipeline API's app
    /// registration, so this is what keeps people holding pipeline tokens from calling the GPU host directly.
    /// </summary>
    public IReadOnlyList<string> AllowedCallers { get; set; } = [];

    /// <summary>Allows the locally signed key outside Development (e.g. an isolated test rig). Off by default.</summary>
    public bool AllowLocalSigningKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Authority is not null && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Auth:Authority must be an absolute URI.");
        }
    }
}

/// <summary>Fine-tune job execution (section <c>Jobs</c>).</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the fine-tune worker in this process. Inference-only replicas (and the inference benchmark) turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Optimizer steps between checkpoints (each is encrypted and uploaded, so a restart resumes there).</summary>
    [Range(1, 1_000_000)]
    public int CheckpointEvery { get; set; } = 50;

    /// <summary>Optimizer steps between validation-loss events.</summary>
    [Range(1, 1_000_000)]
    public int EvalEvery { get; set; } = 50;

    /// <summary>Tokens per training record; longer records are cut.</summary>
    [Range(2, 1 << 20)]
    public int? MaxSequenceLength { get; set; }

    /// <summary>How often the worker looks for work when nobody signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest training/validation file accepted, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 2L << 30;
}
