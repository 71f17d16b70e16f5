using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>The compiled templates meet the private-VNet baseline, and the baseline really looks at them.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class SecurityBaselineTests(CompiledInfrastructure infra)
{
    public static TheoryData<string> ModuleFiles =>
        new(CompiledInfrastructure.BicepFiles.Where(file => file.StartsWith("modules/", StringComparison.Ordinal)));

    [Fact]
    public void MainTemplate_WithAllModules_HasNoViolation()
    {
        var violations = SecurityBaseline.Check(infra.MainTemplate);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(ModuleFiles))]
    public void Module_OnItsOwn_HasNoViolation(string file)
    {
        var violations = SecurityBaseline.Check(infra.Templates[file]);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Walker_SeesTheResourcesOfEveryModule()
    {
        // A baseline that passes because it never reached the nested templates would prove nothing.
        var types = ArmTemplate.Load(infra.MainTemplate).AllResources().Where(resource => !resource.IsExisting)
            .Select(resource => resource.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);

        string[] expected =
        [
            "Microsoft.Network/virtualNetworks", "Microsoft.Network/networkSecurityGroups", "Microsoft.Network/privateDnsZones",
            "Microsoft.Network/privateEndpoints", "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults",
            "Microsoft.KeyVault/vaults/keys", "Microsoft.Web/serverfarms", "Microsoft.Web/sites", "Microsoft.App/managedEnvironments",
            "Microsoft.App/containerApps", "Microsoft.ContainerRegistry/registries", "Microsoft.EventGrid/systemTopics",
            "Microsoft.EventGrid/systemTopics/eventSubscriptions", "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Insights/components", "Microsoft.Insights/privateLinkScopes", "Microsoft.Authorization/roleAssignments",
            "Microsoft.Insights/diagnosticSettings", "Microsoft.ManagedIdentity/userAssignedIdentities",
        ];
        Assert.All(expected, type => Assert.Contains(type, types));
    }

    [Fact]
    public void GpuHost_IsLeastPrivileged()
    {
        var violations = LeastPrivilege.Check(ArmTemplate.Load(infra.MainTemplate));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    // ---------- the real template, broken on purpose deep inside a module: the checkers must notice.

    [Fact]
    public void Baseline_CatchesSharedKeyAccessReEnabledInsideTheStorageModule()
    {
        var mutated = Mutate(node => Resource(Module(node, "storage"), "account")["properties"]!["allowSharedKeyAccess"] = true);

        Assert.Contains(SecurityBaseline.Check(mutated), violation => violation.Rule == "storage" && violation.Message.Contains("allowSharedKeyAccess", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_CatchesARemovedDiagnosticSetting()
    {
        var mutated = Mutate(node => Resources(Module(node, "keyVault")).Remove("vaultDiagnostics"));

        Assert.Contains(SecurityBaseline.Check(mutated), violation => violation.Rule == "diagnostics" && violation.Resource.Contains("vault", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_CatchesTheGpuHostEnvironmentMadePublic()
    {
        // The GPU host's ingress is VNet-limited only because its environment is internal; flip that and both
        // the environment and the app must be reported.
        var mutated = Mutate(node => Resource(Module(node, "gpuHost"), "environment")["properties"]!["vnetConfiguration"]!["internal"] = false);

        var violations = SecurityBaseline.Check(mutated);

        Assert.Contains(violations, violation => violation.Rule == "container-apps" && violation.Message.Contains("public load balancer", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "container-apps" && violation.Message.Contains("internet", StringComparison.Ordinal));
    }

    [Fact]
    public void LeastPrivilege_CatchesTheGpuHostReadingRawDatasets()
    {
        var mutated = Mutate(node =>
        {
            var assignment = Resource(Module(node, "rbac"), "gpuHostMasked");
            assignment["scope"] = assignment["scope"]!.GetValue<string>().Replace("'masked'", "'datasets'", StringComparison.Ordinal);
        });

        Assert.Contains(LeastPrivilege.Check(ArmTemplate.Load(mutated)), violation => violation.Message.Contains("'datasets'", StringComparison.Ordinal));
    }

    [Fact]
    public void LeastPrivilege_CatchesTheGpuHostAtStorageAccountScope()
    {
        var mutated = Mutate(node =>
        {
            var assignment = Resource(Module(node, "rbac"), "gpuHostAdapters");
            assignment["scope"] = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";
        });

        Assert.Contains(LeastPrivilege.Check(ArmTemplate.Load(mutated)), violation => violation.Message.Contains("wider than one container", StringComparison.Ordinal));
    }

    [Fact]
    public void LeastPrivilege_CatchesTheGpuHostReadingSecretsInsteadOfWrappingKeys()
    {
        var mutated = Mutate(node =>
        {
            var properties = Resource(Module(node, "rbac"), "gpuHostCrypto")["properties"]!;
            properties["roleDefinitionId"] = properties["roleDefinitionId"]!.GetValue<string>()
                .Replace(LeastPrivilege.KeyVaultCryptoUser, LeastPrivilege.KeyVaultSecretsUser, StringComparison.Ordinal);
        });

        var violations = LeastPrivilege.Check(ArmTemplate.Load(mutated));

        Assert.Contains(violations, violation => violation.Message.Contains("reads no secret", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("missing Key Vault Crypto User", StringComparison.Ordinal));
    }

    private JsonElement Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(infra.MainTemplate.GetRawText())!;
        change(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonNode Module(JsonNode template, string symbol) =>
        Resource(template, symbol)["properties"]!["template"]!;

    private static JsonObject Resources(JsonNode template) => template["resources"]!.AsObject();

    private static JsonNode Resource(JsonNode template, string symbol) =>
        Resources(template)[symbol] ?? throw new InvalidOperationException($"no resource '{symbol}'");
}
