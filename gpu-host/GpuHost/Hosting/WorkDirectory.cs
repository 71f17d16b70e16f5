using GpuHost.Security;
using Microsoft.Extensions.Options;

namespace GpuHost.Hosting;

/// <summary>
/// The host's private scratch space (0700): job data, checkpoints, transient decrypted adapters. Leftovers from a
/// previous process (decrypted files, downloaded datasets) are removed at start-up.
/// </summary>
public sealed class WorkDirectory
{
    public WorkDirectory(IOptions<GpuHostOptions> options)
    {
        Root = options.Value.WorkDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetTempPath(), "gpu-host-" + Environment.UserName);
        PrivateTempFile.CreatePrivateDirectory(Root);
        var transient = Path.Combine(Root, "adapters");
        if (Directory.Exists(transient))
        {
            Directory.Delete(transient, recursive: true);
        }
    }

    public string Root { get; }

    /// <summary>A private sub-folder, created on demand.</summary>
    public string Secure(params string[] parts)
    {
        var path = Path.Combine([Root, .. parts]);
        PrivateTempFile.CreatePrivateDirectory(path);
        return path;
    }
}
