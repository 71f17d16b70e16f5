using System.Text.Json;

namespace Infra.Tests;

/// <summary>The specific wiring the pipeline relies on: containers, keys, intake, Flex Consumption, GPU host, DNS.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class TemplateWiringTests(CompiledInfrastructure infra)
{
    private ArmTemplate Main => ArmTemplate.Load(infra.MainTemplate);

    private ArmResource[] Deployed(string type) =>
        Main.AllResources().Where(resource => resource.IsType(type) && !resource.IsExisting).ToArray();

    private ArmResource Single(string type) => Assert.Single(Deployed(type));

    [Fact]
    public void Storage_HasThePipelineContainersAndTheIntakeQueue()
    {
        var containers = Deployed("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Select(container => container.Name.Split('\'')[^2]).ToArray();

        Assert.Subset(containers.ToHashSet(), new HashSet<string> { "datasets", "masked", "adapters", "gpu-host-jobs", "models", "policies", "audit" });
        Assert.Single(Deployed("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }

    [Fact]
    public void AuditContainer_HasTimeBasedRetentionWithProtectedAppends()
    {
        var policy = Single("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");

        Assert.Contains("'audit'", policy.Name, StringComparison.Ordinal);
        var audit = Deployed("Microsoft.Storage/storageAccounts/blobServices/containers").Single(container => container.Name.EndsWith("'audit')]", StringComparison.Ordinal));
        Assert.True(audit.Json.IsLiteralTrue("properties", "immutableStorageWithVersioning", "enabled"));
        Assert.NotNull(policy.Property("immutabilityPeriodSinceCreationInDays"));
        Assert.True(policy.Json.IsLiteralTrue("properties", "allowProtectedAppendWrites"));
        Assert.True(infra.MainTemplate.Find("parameters", "auditImmutabilityInDays", "minValue")?.GetInt32() >= 1);
    }

    [Fact]
    public void Lifecycle_ExpiresRawUploads_AndSupersededVersionsOfEveryDerivedContainer()
    {
        // Versioning keeps deleted blobs as previous versions: without a rule, a retired adapter's bytes would stay forever.
        var rules = Single("Microsoft.Storage/storageAccounts/managementPolicies").Property("policy", "rules")!.Value.EnumerateArray().ToList();
        string[] Prefixes(JsonElement rule) => [.. rule.GetProperty("definition").GetProperty("filters").GetProperty("prefixMatch").EnumerateArray().Select(p => p.GetString()!)];
        bool DeletesVersions(JsonElement rule) => rule.GetProperty("definition").GetProperty("actions").TryGetProperty("version", out var version) && version.TryGetProperty("delete", out _);

        Assert.Contains(rules, r => Prefixes(r).Contains("datasets/incoming/") && Prefixes(r).Contains("datasets/quarantine/")
            && r.GetProperty("definition").GetProperty("actions").TryGetProperty("baseBlob", out _));
        foreach (var container in new[] { "masked/", "adapters/", "gpu-host-jobs/", "models/" })
        {
            Assert.Contains(rules, r => Prefixes(r).Contains(container) && DeletesVersions(r) && r.GetProperty("enabled").GetBoolean());
        }
    }

    [Fact]
    public void Alerts_WatchTheGpuHostKeyVaultAndStorage_OnPlatformMetrics()
    {
        var alerts = Deployed("Microsoft.Insights/metricAlerts");
        var alert = Assert.Single(alerts);
        // One resource declaration with a loop over the definitions; read the definitions from the module's variables.
        Assert.Equal("[length(variables('alerts'))]", alert.Json.String("copy", "count"));
        var module = Main.AllResources().Single(r => r.IsType("Microsoft.Resources/deployments") && r.Name.Contains("alerts", StringComparison.Ordinal));
        var definitions = module.Json.Find("properties", "template", "variables", "alerts")!.Value.EnumerateArray()
            .Select(d => (Namespace: d.GetProperty("namespace").GetString(), Metric: d.GetProperty("metric").GetString(), Severity: d.GetProperty("severity").GetInt32()))
            .ToList();

        Assert.Contains(("Microsoft.App/containerApps", "Requests", 2), definitions);
        Assert.Contains(("Microsoft.App/containerApps", "RestartCount", 2), definitions);
        Assert.Contains(("Microsoft.KeyVault/vaults", "ServiceApiResult", 1), definitions);
        Assert.Contains(("Microsoft.KeyVault/vaults", "Availability", 1), definitions);
        Assert.Contains(("Microsoft.Storage/storageAccounts", "Availability", 1), definitions);
        Assert.Equal("global", alert.Json.String("location"));
        Assert.NotNull(infra.MainTemplate.Find("parameters", "alertEmail"));
    }

    [Fact]
    public void RunOutcomeAlerts_MatchTheLineARunWritesWhenItEnds_ForTheirOwnStatusOnly()
    {
        var rule = Single("Microsoft.Insights/scheduledQueryRules");
        Assert.Equal("[length(variables('runOutcomes'))]", rule.Json.String("copy", "count"));
        Assert.Equal("LogAlert", rule.Json.String("kind"));
        Assert.Contains("parameters('workspaceResourceId')", rule.Property("scopes")!.Value[0].GetString(), StringComparison.Ordinal);
        var query = rule.Property("criteria", "allOf")!.Value[0].GetProperty("query").GetString()!;
        Assert.Contains("AppTraces", query, StringComparison.Ordinal);
        Assert.Contains("pattern", query, StringComparison.Ordinal);
        Assert.Equal("Count", rule.Property("criteria", "allOf")!.Value[0].GetProperty("timeAggregation").GetString());

        var module = Main.AllResources().Single(r => r.IsType("Microsoft.Resources/deployments") && r.Name.Contains("alerts", StringComparison.Ordinal));
        var outcomes = module.Json.Find("properties", "template", "variables", "runOutcomes")!.Value.EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("pattern").GetString()!);
        var statuses = typeof(Pipeline.Orchestration.RunStatus).GetFields()
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        // The line exactly as the orchestration's logger renders it, for each status a run can end with.
        static string Line(string status) => AlertedLine(Pipeline.Orchestration.AlertedLogMessages.RunEnded, "ft-20261128-7f3a", status, "step 'train' failed after 5 attempts");
        string[] Matching(string pattern) => statuses.Where(status => System.Text.RegularExpressions.Regex.IsMatch(Line(status), pattern)).ToArray();

        Assert.Equal([Pipeline.Orchestration.RunStatus.Failed], Matching(outcomes["pipeline-run-failed"]));
        Assert.Equal([Pipeline.Orchestration.RunStatus.RejectedResidualPii], Matching(outcomes["pipeline-residual-pii"]));
        Assert.Equal([Pipeline.Orchestration.RunStatus.RejectedInvalid], Matching(outcomes["pipeline-dataset-quarantined"]));
        Assert.Equal(3, outcomes.Count);
    }

    private static string AlertedLine(string template, string runId, string status, string reason) =>
        template.Replace("{RunId}", runId, StringComparison.Ordinal).Replace("{Status}", status, StringComparison.Ordinal).Replace("{Reason}", reason, StringComparison.Ordinal);

    [Fact]
    public void KeyVault_CreatesKeysButHoldsNoSecretValues()
    {
        var keys = Deployed("Microsoft.KeyVault/vaults/keys").Select(key => key.Name.Split('\'')[^2]).ToArray();

        Assert.Equivalent(new[] { "storage-cmk", "adapter-kek" }, keys);
        Assert.DoesNotContain(Main.AllResources(), resource => resource.IsType("Microsoft.KeyVault/vaults/secrets"));
        var account = Single("Microsoft.Storage/storageAccounts");
        Assert.Equal("Microsoft.Keyvault", account.Json.String("properties", "encryption", "keySource"));
        Assert.True(account.Json.IsLiteralTrue("properties", "encryption", "requireInfrastructureEncryption"));
    }

    [Fact]
    public void FunctionApp_IsFlexConsumptionDotnetIsolated10_WithIdentityBasedHostStorage()
    {
        var plan = Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Json.String("sku", "name"));
        Assert.Equal("FlexConsumption", plan.Json.String("sku", "tier"));

        var app = Single("Microsoft.Web/sites");
        Assert.Equal("dotnet-isolated", app.Json.String("properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", app.Json.String("properties", "functionAppConfig", "runtime", "version"));
        Assert.Equal("UserAssigned", app.Json.String("identity", "type"));
        Assert.Equal("UserAssignedIdentity", app.Json.String("properties", "functionAppConfig", "deployment", "storage", "authentication", "type"));

        var settings = app.Json.Items("properties", "siteConfig", "appSettings")
            .ToDictionary(setting => setting.String("name")!, setting => setting.Find("value")!.Value.ToString());
        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.Contains("AzureWebJobsStorage__clientId", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        // What the app's options bind (PipelineRunOptions, AccessTokenOptions, GpuHostOptions, InferenceFrontOptions):
        // a renamed setting would leave the app failing its start-up validation in Azure. Keys come from Key Vault.
        foreach (var name in new[]
                 {
                     "Pipeline__BlobServiceUri", "Pipeline__KeyVaultUri", "Pipeline__ManagedIdentityClientId", "Pipeline__IntakeQueueName",
                     "Pipeline__BaseModel", "Pipeline__BaseModelSha256", "GpuHost__BaseAddress", "Inference__GpuHostAudience", "Auth__Audience", "Auth__Authority",
                 })
        {
            Assert.Contains(name, settings.Keys);
        }
        Assert.DoesNotContain(settings.Keys, name => name.EndsWith("Key", StringComparison.OrdinalIgnoreCase));

        // The worker that masks datasets starts with the same fixed generation-0 budget as the local host and the benchmark.
        Assert.Equal(Masking.MaskingHostSettings.Gen0BudgetHex, settings[Masking.MaskingHostSettings.Gen0BudgetVariable]);
    }

    [Fact]
    public void EventGrid_DeliversIncomingJsonlBlobCreatedToTheQueueWithAnIdentity()
    {
        var subscription = Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal("/blobServices/default/containers/datasets/blobs/incoming/", subscription.Json.String("properties", "filter", "subjectBeginsWith"));
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscription.Json.Items("properties", "filter", "includedEventTypes").Select(type => type.GetString()));
        Assert.Equal("StorageQueue", subscription.Json.String("properties", "deliveryWithResourceIdentity", "destination", "endpointType"));
        Assert.Equal("SystemAssigned", subscription.Json.String("properties", "deliveryWithResourceIdentity", "identity", "type"));
        Assert.Equal("Microsoft.Storage.StorageAccounts", Single("Microsoft.EventGrid/systemTopics").Json.String("properties", "topicType"));
    }

    [Fact]
    public void GpuHost_RunsOnAGpuWorkloadProfileInAnInternalEnvironment()
    {
        var environment = Single("Microsoft.App/managedEnvironments");
        var profiles = environment.Json.Items("properties", "workloadProfiles").ToArray();
        Assert.Contains(profiles, profile => profile.String("workloadProfileType") == "Consumption");
        Assert.Contains(profiles, profile => profile.String("name") == "gpu");

        var allowedGpuProfiles = infra.MainTemplate.Items("parameters", "gpuWorkloadProfileType", "allowedValues").Select(value => value.GetString()).ToArray();
        Assert.NotEmpty(allowedGpuProfiles);
        Assert.All(allowedGpuProfiles, profile => Assert.StartsWith("Consumption-GPU-", profile, StringComparison.Ordinal));

        // Internal environment + external ingress = reachable from the VNet only (the Function app calls it);
        // external: false would limit it to apps inside the environment.
        Assert.True(environment.Json.IsLiteralTrue("properties", "vnetConfiguration", "internal"));
        var app = Single("Microsoft.App/containerApps");
        Assert.True(app.Json.IsLiteralTrue("properties", "configuration", "ingress", "external"));
        Assert.True(app.Json.IsLiteralFalse("properties", "configuration", "ingress", "allowInsecure"));
        Assert.Equal("gpu", app.Json.String("properties", "workloadProfileName"));
        Assert.NotNull(app.Json.Find("properties", "template", "scale", "minReplicas"));
        Assert.Equal(0, infra.MainTemplate.Find("parameters", "gpuHostMinReplicas", "minValue")?.GetInt32());

        // What the host's options bind (GpuHostOptions.cs: GpuHost, Storage, Secrets, Auth sections); without them
        // it refuses to start outside Development. Callers are restricted to the Functions identity.
        var env = app.Json.Items("properties", "template", "containers").Single().Items("env").Select(e => e.String("name")!).ToHashSet();
        foreach (var name in new[]
                 {
                     "Storage__ServiceUri", "Storage__ManagedIdentityClientId", "Storage__JobsContainer", "Secrets__KeyVaultUri", "GpuHost__BaseModelPath",
                     "GpuHost__BaseModelBlob", "Auth__Authority", "Auth__Audience", "Auth__AllowedCallers__0",
                 })
        {
            Assert.Contains(name, env);
        }

        // Base-weight precision per GPU profile (members of Training.Model.BaseWeightPrecision): bfloat16 where the GPU has it.
        Assert.Contains("GpuHost__BaseWeights", env);
        var sizes = infra.Templates["modules/gpuHost.bicep"].GetProperty("variables").GetProperty("gpuSizes");
        Assert.Equal(allowedGpuProfiles.Order(), sizes.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Float32", sizes.GetProperty("Consumption-GPU-NC8as-T4").GetProperty("baseWeights").GetString());
        Assert.Equal("BFloat16", sizes.GetProperty("Consumption-GPU-NC24-A100").GetProperty("baseWeights").GetString());
        Assert.Equal("true", app.Json.Items("properties", "template", "containers").Single().Items("env").Single(e => e.String("name") == "GpuHost__RecomputeActivations").String("value"));
        Assert.Equal(1, infra.MainTemplate.Find("parameters", "gpuHostMinReplicas", "maxValue")?.GetInt32());
    }

    [Fact]
    public void Registry_IsPremiumSoItCanBePrivate()
    {
        Assert.Equal("Premium", Single("Microsoft.ContainerRegistry/registries").Json.String("sku", "name"));
    }

    [Fact]
    public void Network_DelegatesTheAppSubnetsAndLinksEveryPrivateLinkZone()
    {
        var subnets = Single("Microsoft.Network/virtualNetworks").Json.Items("properties", "subnets")
            .ToDictionary(subnet => subnet.String("name")!, subnet => subnet);
        Assert.Equal(3, subnets.Count);
        foreach (var delegated in new[] { "snet-functions", "snet-container-apps" })
        {
            Assert.Equal("Microsoft.App/environments", subnets[delegated].Items("properties", "delegations").Single().String("properties", "serviceName"));
        }

        var zones = Deployed("Microsoft.Network/privateDnsZones").Select(zone => zone.Name).ToArray();
        foreach (var zone in new[] { "privatelink.blob.", "privatelink.queue.", "privatelink.table.", "privatelink.vaultcore.azure.net", "privatelink.azurewebsites.net", "privatelink.azurecr.io" })
        {
            Assert.Contains(zones, name => name.Contains(zone, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ContainerAppsEnvironmentDomain_GetsAWildcardZoneLinkedToTheVnet()
    {
        var module = Main.AllResources().Single(resource => resource.IsType("Microsoft.Resources/deployments") && resource.Symbol == "dns");
        Assert.Contains("defaultDomain", module.Json.Find("properties", "parameters", "zoneName", "value")?.GetString(), StringComparison.Ordinal);
        Assert.Contains("staticIp", module.Json.Find("properties", "parameters", "staticIp", "value")?.GetString(), StringComparison.Ordinal);

        var records = module.NestedTemplate!.Resources.Where(resource => resource.IsType("Microsoft.Network/privateDnsZones/A")).Select(record => record.Name);
        Assert.Contains(records, name => name.Contains("'*'", StringComparison.Ordinal));
        Assert.Contains(module.NestedTemplate.Resources, resource => resource.IsType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"));
    }

    [Fact]
    public void Profiles_ScaleTheGpuHostDifferently()
    {
        var dev = infra.Parameters["dev.bicepparam"].Find("parameters")!.Value;
        var prod = infra.Parameters["prod.bicepparam"].Find("parameters")!.Value;

        Assert.Equal(0, dev.Find("gpuHostMinReplicas", "value")?.GetInt32());
        Assert.Equal(1, prod.Find("gpuHostMinReplicas", "value")?.GetInt32());
        Assert.Equal("Consumption-GPU-NC8as-T4", dev.String("gpuWorkloadProfileType", "value"));
        Assert.Equal("Consumption-GPU-NC24-A100", prod.String("gpuWorkloadProfileType", "value"));
        Assert.NotNull(prod.Find("environmentName", "value"));
    }

    [Fact]
    public void AzureYaml_DeploysBothServicesToTheResourcesTaggedForThem()
    {
        var yaml = File.ReadAllLines(Path.Combine(infra.RepositoryRoot, "azure.yaml")).Select(line => line.Trim()).ToArray();

        Assert.Contains("path: infra-bicep", yaml);
        Assert.Contains("project: ./functions/Pipeline.Functions", yaml);
        Assert.Contains("host: function", yaml);
        Assert.Contains("project: ./gpu-host/GpuHost", yaml);
        Assert.Contains("host: containerapp", yaml);
        Assert.Contains("path: ../Dockerfile", yaml);

        // azd finds each service's resource by its azd-service-name tag; the names must match azure.yaml.
        var serviceNames = Main.Resources.Where(module => module.IsType("Microsoft.Resources/deployments"))
            .Select(module => module.Json.Find("properties", "parameters", "serviceName", "value")?.GetString())
            .OfType<string>().ToArray();
        Assert.Equivalent(new[] { "pipeline-functions", "gpu-host" }, serviceNames);
        Assert.All(serviceNames, name => Assert.Contains($"{name}:", yaml));
    }
}
