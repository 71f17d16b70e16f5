using System.Text.Json;

namespace Infra.Tests;

/// <summary>Every Bicep source builds and lints clean with the pinned CLI, and follows the project's conventions.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class BicepToolingTests(CompiledInfrastructure infra)
{
    public static TheoryData<string> BicepFiles => new(CompiledInfrastructure.BicepFiles);

    public static TheoryData<string> ParameterFiles => new(CompiledInfrastructure.ParameterFiles);

    public static TheoryData<string> ModuleFiles =>
        new(CompiledInfrastructure.BicepFiles.Where(file => file.StartsWith("modules/", StringComparison.Ordinal) && file != "modules/types.bicep"));

    [Fact]
    public void Sources_IncludeMainModulesAndBothProfiles()
    {
        Assert.Contains("main.bicep", CompiledInfrastructure.BicepFiles);
        foreach (var module in new[] { "network", "storage", "keyvault", "functions", "gpuHost", "monitoring", "rbac", "eventgrid", "alerts" })
        {
            Assert.Contains($"modules/{module}.bicep", CompiledInfrastructure.BicepFiles);
        }

        Assert.Contains("dev.bicepparam", CompiledInfrastructure.ParameterFiles);
        Assert.Contains("prod.bicepparam", CompiledInfrastructure.ParameterFiles);
    }

    [Fact]
    public void CliRuns_SucceedWithoutStrayOutput()
    {
        Assert.All(infra.Runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        Assert.Empty(infra.UnattributedOutput);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BicepFile_BuildsAndLintsWithoutAnyFinding(string file)
    {
        Assert.True(infra.Templates.ContainsKey(file), $"{file} produced no ARM JSON");
        var findings = infra.Diagnostics.Where(diagnostic => diagnostic.File == file).Select(diagnostic => diagnostic.Line);
        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_BuildsWithoutAnyFinding(string file)
    {
        Assert.True(infra.Parameters.ContainsKey(file), $"{file} produced no parameters JSON");
        var findings = infra.Diagnostics.Where(diagnostic => diagnostic.File == file).Select(diagnostic => diagnostic.Line);
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Lint_FailsOnAFinding_WithTheRepositoryConfiguration()
    {
        // Proves the configuration turns findings into failures: an unused parameter is only a warning by default.
        var directory = Directory.CreateTempSubdirectory("infra-lint-");
        try
        {
            File.Copy(Path.Combine(infra.InfraDirectory, "bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            var file = Path.Combine(directory.FullName, "bad.bicep");
            await File.WriteAllTextAsync(file, "@description('Never used.')\nparam unused string\n");

            var run = await BicepCli.RunAsync(directory.FullName, "lint", file);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("Error no-unused-params", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void BicepConfig_MakesEveryEnabledRuleAnError()
    {
        using var config = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(infra.InfraDirectory, "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var rules = config.RootElement.Find("analyzers", "core", "rules")!.Value.EnumerateObject().ToArray();

        Assert.NotEmpty(rules);
        // The single rule switched off is documented in bicepconfig.json (principal ids exist only at deploy time).
        Assert.All(
            rules.Where(rule => rule.Name != "what-if-short-circuiting"),
            rule => Assert.Equal("error", rule.Value.String("level")));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BicepFile_UsesNoRegistryModules(string file)
    {
        // Registry modules (br:, br/public:, ts:) need the internet; this build must work offline.
        var source = File.ReadAllText(Path.Combine(infra.InfraDirectory, file));
        Assert.DoesNotContain("'br/", source, StringComparison.Ordinal);
        Assert.DoesNotContain("'br:", source, StringComparison.Ordinal);
        Assert.DoesNotContain("'ts/", source, StringComparison.Ordinal);
        Assert.DoesNotContain("'ts:", source, StringComparison.Ordinal);
    }

    [Fact]
    public void CompiledTemplates_UseSymbolicNames()
    {
        // Symbolic names (languageVersion 2.0) let the baseline follow dependsOn from a diagnostic setting,
        // private endpoint or role assignment to the exact resource it belongs to.
        Assert.All(infra.Templates, template =>
            Assert.True(template.Value.String("languageVersion") == "2.0", $"{template.Key} is not languageVersion 2.0"));
    }

    [Fact]
    public void EveryParameter_AtAnyDepth_HasADescription()
    {
        var templates = ArmTemplate.Load(infra.MainTemplate).SelfAndNested().ToArray();
        Assert.True(templates.Length > 10, "main.bicep should compile its modules as nested templates");
        foreach (var template in templates)
        {
            if (template.Json.Find("parameters") is not { ValueKind: JsonValueKind.Object } parameters)
            {
                continue;
            }

            foreach (var parameter in parameters.EnumerateObject())
            {
                Assert.False(
                    string.IsNullOrWhiteSpace(parameter.Value.String("metadata", "description")),
                    $"{template.Path}: parameter {parameter.Name} has no @description");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModuleFiles))]
    public void Module_OutputsNameAndResourceId(string file)
    {
        var outputs = infra.Templates[file].Find("outputs");
        Assert.NotNull(outputs?.Find("name"));
        Assert.NotNull(outputs?.Find("resourceId"));
    }

    [Fact]
    public void ResourceNames_DeriveFromAUniqueResourceToken()
    {
        var token = infra.MainTemplate.String("variables", "resourceToken");
        Assert.NotNull(token);
        Assert.Contains("uniqueString(", token, StringComparison.Ordinal);
    }
}
