using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Tests;

/// <summary>
/// Builds, lints and compiles parameters for everything under infra-bicep/ once per test run (three CLI
/// processes in parallel, a few seconds) and exposes the compiled ARM JSON to every test in the collection.
/// </summary>
public sealed partial class CompiledInfrastructure : IAsyncLifetime
{
    private readonly Dictionary<string, JsonElement> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _parameters = new(StringComparer.Ordinal);
    private readonly List<BicepDiagnostic> _diagnostics = [];
    private readonly List<string> _unattributedOutput = [];

    public CompiledInfrastructure()
    {
        RepositoryRoot = FindRepositoryRoot();
        InfraDirectory = Path.Combine(RepositoryRoot, "infra-bicep");
        OutputDirectory = Path.Combine(Path.GetTempPath(), $"infra-tests-{Guid.NewGuid():N}");
    }

    public string RepositoryRoot { get; }

    public string InfraDirectory { get; }

    public string OutputDirectory { get; }

    /// <summary>Every .bicep file, relative to infra-bicep/ with forward slashes (e.g. "modules/storage.bicep").</summary>
    public static IReadOnlyList<string> BicepFiles { get; } = ListSources("*.bicep");

    /// <summary>Every .bicepparam file, relative to infra-bicep/.</summary>
    public static IReadOnlyList<string> ParameterFiles { get; } = ListSources("*.bicepparam");

    public IReadOnlyList<BicepRun> Runs { get; private set; } = [];

    public IReadOnlyDictionary<string, JsonElement> Templates => _templates;

    public IReadOnlyDictionary<string, JsonElement> Parameters => _parameters;

    public IReadOnlyList<BicepDiagnostic> Diagnostics => _diagnostics;

    /// <summary>CLI output that names no file (configuration errors, crashes): always a failure.</summary>
    public IReadOnlyList<string> UnattributedOutput => _unattributedOutput;

    public JsonElement MainTemplate => _templates["main.bicep"];

    public async Task InitializeAsync()
    {
        var templatesOut = Path.Combine(OutputDirectory, "templates");
        var parametersOut = Path.Combine(OutputDirectory, "parameters");
        Directory.CreateDirectory(templatesOut);
        Directory.CreateDirectory(parametersOut);

        // Patterns are relative to the working directory; outputs keep the folder structure (modules/x.json).
        Runs = await Task.WhenAll(
            BicepCli.RunAsync(RepositoryRoot, "build", "--pattern", "infra-bicep/**/*.bicep", "--outdir", templatesOut),
            BicepCli.RunAsync(RepositoryRoot, "lint", "--pattern", "infra-bicep/**/*.bicep*"),
            BicepCli.RunAsync(RepositoryRoot, "build-params", "--pattern", "infra-bicep/**/*.bicepparam", "--outdir", parametersOut));

        foreach (var run in Runs)
        {
            CollectDiagnostics(run);
        }

        foreach (var file in BicepFiles)
        {
            var compiled = Path.Combine(templatesOut, Path.ChangeExtension(file, ".json"));
            if (File.Exists(compiled))
            {
                _templates[file] = Load(compiled);
            }
        }

        foreach (var file in ParameterFiles)
        {
            var compiled = Path.Combine(parametersOut, Path.ChangeExtension(Path.GetFileName(file), ".json"));
            if (File.Exists(compiled))
            {
                _parameters[file] = Load(compiled);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    public static string FindRepositoryRoot()
    {
        // The test assembly runs from tests/Infra.Tests/bin/...; the repository root is the first parent
        // that holds infra-bicep/.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "infra-bicep")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No infra-bicep/ folder above {AppContext.BaseDirectory}.");
    }

    private static IReadOnlyList<string> ListSources(string pattern)
    {
        var infra = Path.Combine(FindRepositoryRoot(), "infra-bicep");
        return Directory.EnumerateFiles(infra, pattern, SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) == Path.GetExtension(pattern))
            .Select(path => Path.GetRelativePath(infra, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static JsonElement Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private void CollectDiagnostics(BicepRun run)
    {
        var lines = (run.StandardOutput + "\n" + run.StandardError)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            var match = DiagnosticLine().Match(line);
            if (match.Success)
            {
                var file = Path.GetRelativePath(InfraDirectory, match.Groups["file"].Value).Replace('\\', '/');
                _diagnostics.Add(new BicepDiagnostic(file, match.Groups["level"].Value, match.Groups["code"].Value, line));
            }
            else
            {
                _unattributedOutput.Add($"{run.Command}: {line}");
            }
        }
    }

    // "/path/file.bicep(12,5) : Warning no-unused-params: message [link]"
    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\) : (?<level>\w+) (?<code>[^:]+):")]
    private static partial Regex DiagnosticLine();
}

/// <summary>One linter or compiler finding.</summary>
public sealed record BicepDiagnostic(string File, string Level, string Code, string Line);

/// <summary>Shares one <see cref="CompiledInfrastructure"/> across every test class that needs compiled templates.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledInfrastructureCollection : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "compiled infrastructure";
}
