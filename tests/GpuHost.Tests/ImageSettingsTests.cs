using GpuHost.Hosting;
using Microsoft.Extensions.Configuration;
using Training.Model;

namespace GpuHost.Tests;

/// <summary>
/// The GPU image configures the host through <c>GpuHost__*</c> environment variables in <c>gpu-host/Dockerfile</c>: a
/// misspelt name would be ignored silently and a bad value would stop the host at start, so both are checked here.
/// </summary>
public sealed class ImageSettingsTests
{
    [Fact]
    public void EveryGpuHostSettingInTheImage_BindsToAnOption()
    {
        var settings = DockerfileEnvironment().Where(e => e.Key.StartsWith("GpuHost__", StringComparison.Ordinal)).ToList();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
            .Build();

        var options = configuration.GetSection(GpuHostOptions.Section).Get<GpuHostOptions>(o => o.ErrorOnUnknownConfiguration = true)!;

        Assert.Contains(settings, e => e.Key == "GpuHost__RecomputeActivations");
        Assert.True(options.RecomputeActivations);
        // Set per GPU profile by Bicep, not by the image: a T4 has no bfloat16 arithmetic.
        Assert.Equal(BaseWeightPrecision.Float32, options.BaseWeights);
        Assert.Equal(999, options.GpuLayers);
    }

    /// <summary>The KEY=VALUE pairs of the Dockerfile's ENV instructions (continuation lines joined).</summary>
    private static List<KeyValuePair<string, string>> DockerfileEnvironment()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "gpu-host", "Dockerfile")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var text = File.ReadAllText(Path.Combine(root.FullName, "gpu-host", "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        return text.Split('\n')
            .Where(line => line.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(line => line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(kv[0], kv[1]))
            .ToList();
    }
}
