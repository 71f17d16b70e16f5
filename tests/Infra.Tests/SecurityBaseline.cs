using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Tests;

/// <summary>A rule broken by a compiled template.</summary>
public sealed record Violation(string Rule, string Resource, string Message)
{
    public override string ToString() => $"[{Rule}] {Resource}: {Message}";
}

/// <summary>
/// The private-VNet security baseline, applied to compiled ARM JSON. Rules are generic ("every resource of
/// type X has Y") so that a new resource, module or regression anywhere in the tree is caught, and they accept
/// only literal values for security switches: an expression cannot be proven safe without deploying.
/// </summary>
public static partial class SecurityBaseline
{
    // Roles that let an identity manage access, read keys or do anything: never for a workload identity.
    private static readonly Dictionary<string, string> PrivilegedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["f58310d9-a9f6-439a-9e8d-f62e7b41a168"] = "Role Based Access Control Administrator",
        ["17d1049b-9a84-46fb-8f53-869881c3d3ab"] = "Storage Account Contributor",
        ["81a9662b-bebf-436f-a333-f67b29880f12"] = "Storage Account Key Operator Service Role",
        ["c12c1c16-33a1-487b-954d-41c89c60f349"] = "Reader and Data Access",
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["00482a5a-887f-4fb3-b363-3b7fe8e74483"] = "Key Vault Administrator",
        ["8b54135c-b56d-4d72-a534-26097cfdc8d8"] = "Key Vault Data Access Administrator",
        ["a4417e6f-fecd-4de8-b567-7b0420556985"] = "Key Vault Certificates Officer",
    };

    // Resource types that support diagnostic settings; each deployed instance must send them to a workspace.
    private static readonly HashSet<string> DiagnosableTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.Storage/storageAccounts",
        "Microsoft.Storage/storageAccounts/blobServices",
        "Microsoft.Storage/storageAccounts/queueServices",
        "Microsoft.Storage/storageAccounts/tableServices",
        "Microsoft.Storage/storageAccounts/fileServices",
        "Microsoft.KeyVault/vaults",
        "Microsoft.Web/sites",
        "Microsoft.Web/serverfarms",
        "Microsoft.App/managedEnvironments",
        "Microsoft.App/containerApps",
        "Microsoft.ContainerRegistry/registries",
        "Microsoft.EventGrid/systemTopics",
        "Microsoft.EventGrid/topics",
        "Microsoft.OperationalInsights/workspaces",
        "Microsoft.Insights/components",
        "Microsoft.Network/networkSecurityGroups",
        "Microsoft.Network/virtualNetworks",
        "Microsoft.Network/privateEndpoints",
        "Microsoft.Network/publicIPAddresses",
        "Microsoft.Network/bastionHosts",
        "Microsoft.Network/azureFirewalls",
        "Microsoft.Network/applicationGateways",
        "Microsoft.Network/virtualNetworkGateways",
        "Microsoft.ServiceBus/namespaces",
        "Microsoft.EventHub/namespaces",
        "Microsoft.DocumentDB/databaseAccounts",
        "Microsoft.Sql/servers/databases",
        "Microsoft.CognitiveServices/accounts",
        "Microsoft.MachineLearningServices/workspaces",
        "Microsoft.ContainerService/managedClusters",
    };

    // Types whose public network access defaults to Enabled: they must say Disabled explicitly.
    private static readonly Dictionary<string, string[]> PublicAccessSwitches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Storage/storageAccounts"] = ["publicNetworkAccess"],
        ["Microsoft.KeyVault/vaults"] = ["publicNetworkAccess"],
        ["Microsoft.Web/sites"] = ["publicNetworkAccess"],
        ["Microsoft.ContainerRegistry/registries"] = ["publicNetworkAccess"],
        ["Microsoft.App/managedEnvironments"] = ["publicNetworkAccess"],
        ["Microsoft.OperationalInsights/workspaces"] = ["publicNetworkAccessForIngestion", "publicNetworkAccessForQuery"],
        ["Microsoft.Insights/components"] = ["publicNetworkAccessForIngestion", "publicNetworkAccessForQuery"],
        ["Microsoft.CognitiveServices/accounts"] = ["publicNetworkAccess"],
        ["Microsoft.DocumentDB/databaseAccounts"] = ["publicNetworkAccess"],
        ["Microsoft.Sql/servers"] = ["publicNetworkAccess"],
        ["Microsoft.EventGrid/topics"] = ["publicNetworkAccess"],
        ["Microsoft.ServiceBus/namespaces"] = ["publicNetworkAccess"],
        ["Microsoft.EventHub/namespaces"] = ["publicNetworkAccess"],
    };

    // Data services that must only be reachable through a private endpoint, with the groups each needs.
    private static readonly Dictionary<string, string[]> PrivateEndpointGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Storage/storageAccounts"] = ["blob", "queue", "table"],
        ["Microsoft.KeyVault/vaults"] = ["vault"],
        ["Microsoft.ContainerRegistry/registries"] = ["registry"],
        ["Microsoft.Web/sites"] = ["sites"],
        ["Microsoft.Insights/privateLinkScopes"] = ["azuremonitor"],
    };

    // Subnets Azure forbids NSGs on.
    private static readonly HashSet<string> NsgExemptSubnets = new(StringComparer.OrdinalIgnoreCase)
    {
        "GatewaySubnet",
        "AzureFirewallSubnet",
        "AzureFirewallManagementSubnet",
        "RouteServerSubnet",
    };

    private static readonly string[] SecretFunctions =
    [
        "listKeys(", "listAccountSas(", "listServiceSas(", "listSecrets(", "listCredentials(",
        "listConnectionStrings(", "listAdminKeys(", "listQueryKeys(",
    ];

    private static readonly string[] SecretLiterals =
    [
        "AccountKey=", "SharedAccessKey=", "SharedAccessSignature=", "-----BEGIN",
    ];

    private static readonly string[] AnyInternet = ["*", "Internet", "0.0.0.0/0", "Any"];

    /// <summary>Every violation in a compiled template and all templates nested in it.</summary>
    public static IReadOnlyList<Violation> Check(JsonElement template) => Check(ArmTemplate.Load(template));

    public static IReadOnlyList<Violation> Check(ArmTemplate template)
    {
        var violations = new List<Violation>();
        violations.AddRange(NoSecretMaterial(template));
        foreach (var scope in template.SelfAndNested())
        {
            violations.AddRange(SecureParametersAndOutputs(scope));
            foreach (var resource in scope.Resources.Where(resource => !resource.IsExisting))
            {
                violations.AddRange(CheckResource(scope, resource));
            }
        }

        return violations;
    }

    private static IEnumerable<Violation> CheckResource(ArmTemplate scope, ArmResource resource) =>
        PublicNetworkAccess(resource)
            .Concat(NoPublicIp(resource))
            .Concat(Diagnostics(scope, resource))
            .Concat(PrivateEndpoints(scope, resource))
            .Concat(Storage(scope, resource))
            .Concat(KeyVault(resource))
            .Concat(FunctionApp(scope, resource))
            .Concat(ContainerApps(scope, resource))
            .Concat(Registry(resource))
            .Concat(Monitoring(resource))
            .Concat(Network(scope, resource))
            .Concat(RoleAssignments(resource))
            .Concat(EventGrid(resource));

    private static Violation Fail(string rule, ArmResource resource, string message) =>
        new(rule, resource.ToString(), message);

    // ---------- secrets

    private static IEnumerable<Violation> NoSecretMaterial(ArmTemplate template)
    {
        var text = template.Json.GetRawText();
        foreach (var function in SecretFunctions.Where(function => text.Contains(function, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new Violation("no-keys", template.Path, $"template calls {function.TrimEnd('(')}: keys must never leave their service");
        }

        foreach (var literal in SecretLiterals.Where(literal => text.Contains(literal, StringComparison.Ordinal)))
        {
            yield return new Violation("no-keys", template.Path, $"template contains secret material '{literal}'");
        }

        foreach (var secret in template.AllResources().Where(resource => resource.IsType("Microsoft.KeyVault/vaults/secrets")))
        {
            if (secret.Property("value") is not null)
            {
                yield return Fail("no-keys", secret, "Key Vault secret value in a template (it lands in deployment history)");
            }
        }
    }

    private static IEnumerable<Violation> SecureParametersAndOutputs(ArmTemplate scope)
    {
        if (scope.Json.Find("parameters") is { ValueKind: JsonValueKind.Object } parameters)
        {
            foreach (var parameter in parameters.EnumerateObject())
            {
                if (IsSecureType(parameter.Value) && parameter.Value.Find("defaultValue") is { } value
                    && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
                {
                    yield return new Violation("no-secure-defaults", $"{scope.Path}:{parameter.Name}", "secure parameter has a default value");
                }
            }
        }

        if (scope.Json.Find("outputs") is { ValueKind: JsonValueKind.Object } outputs)
        {
            foreach (var output in outputs.EnumerateObject())
            {
                var value = output.Value.Find("value")?.GetRawText() ?? string.Empty;
                if (IsSecureType(output.Value) || SecretFunctions.Any(function => value.Contains(function, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return new Violation("no-secure-outputs", $"{scope.Path}:{output.Name}", "output exposes a secure value");
                }
            }
        }
    }

    private static bool IsSecureType(JsonElement declaration)
    {
        var type = declaration.String("type");
        var sensitive = declaration.Find("metadata", "__bicep_sensitive") is { ValueKind: JsonValueKind.True };
        return sensitive
            || string.Equals(type, "securestring", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "secureObject", StringComparison.OrdinalIgnoreCase);
    }

    // ---------- network exposure

    private static IEnumerable<Violation> PublicNetworkAccess(ArmResource resource)
    {
        // Any switch present anywhere must be Disabled...
        foreach (var name in new[] { "publicNetworkAccess", "publicNetworkAccessForIngestion", "publicNetworkAccessForQuery" })
        {
            if (resource.Property(name) is { } value && (value.ValueKind != JsonValueKind.String || value.GetString() != "Disabled"))
            {
                yield return Fail("private-only", resource, $"{name} is {value.GetRawText()}, must be 'Disabled'");
            }
        }

        // ...and types whose default is Enabled must state it.
        if (PublicAccessSwitches.TryGetValue(resource.Type, out var required))
        {
            foreach (var name in required.Where(name => resource.Property(name) is null))
            {
                yield return Fail("private-only", resource, $"{name} not set (defaults to Enabled)");
            }
        }
    }

    private static IEnumerable<Violation> NoPublicIp(ArmResource resource)
    {
        if (resource.IsType("Microsoft.Network/publicIPAddresses"))
        {
            yield return Fail("private-only", resource, "public IP address");
        }
    }

    private static IEnumerable<Violation> PrivateEndpoints(ArmTemplate scope, ArmResource resource)
    {
        if (resource.IsType("Microsoft.Network/privateEndpoints"))
        {
            var hasZoneGroup = scope.Resources.Any(other =>
                other.IsType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups") && DependsOn(other, resource));
            if (!hasZoneGroup)
            {
                yield return Fail("private-endpoint", resource, "private endpoint without a private DNS zone group");
            }

            yield break;
        }

        if (!PrivateEndpointGroups.TryGetValue(resource.Type, out var groups))
        {
            yield break;
        }

        var connected = scope.Resources
            .Where(endpoint => endpoint.IsType("Microsoft.Network/privateEndpoints"))
            .SelectMany(endpoint => endpoint.Json.Items("properties", "privateLinkServiceConnections")
                .Where(connection => ReferenceEquals(scope.ResolveTarget(endpoint, connection.String("properties", "privateLinkServiceId")), resource))
                .SelectMany(connection => connection.Items("properties", "groupIds"))
                .Select(group => group.GetString() ?? string.Empty))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups.Where(group => !connected.Contains(group)))
        {
            yield return Fail("private-endpoint", resource, $"no private endpoint for group '{group}'");
        }
    }

    private static IEnumerable<Violation> Network(ArmTemplate scope, ArmResource resource)
    {
        if (resource.IsType("Microsoft.Network/virtualNetworks"))
        {
            foreach (var subnet in resource.Json.Items("properties", "subnets"))
            {
                var name = subnet.String("name") ?? "?";
                if (!NsgExemptSubnets.Contains(name) && subnet.String("properties", "networkSecurityGroup", "id") is null)
                {
                    yield return Fail("nsg-on-every-subnet", resource, $"subnet '{name}' has no NSG");
                }
            }

            if (resource.Property("copy") is not null || resource.Json.Find("properties", "subnets") is { ValueKind: JsonValueKind.String })
            {
                yield return Fail("nsg-on-every-subnet", resource, "subnets are computed; declare them literally so every NSG can be verified");
            }
        }

        if (resource.IsType("Microsoft.Network/virtualNetworks/subnets")
            && !NsgExemptSubnets.Contains(LastNameSegment(resource))
            && resource.Property("networkSecurityGroup", "id") is null)
        {
            yield return Fail("nsg-on-every-subnet", resource, "subnet has no NSG");
        }

        if (resource.IsType("Microsoft.Network/networkSecurityGroups"))
        {
            foreach (var rule in resource.Json.Items("properties", "securityRules"))
            {
                var inboundAllow = rule.String("properties", "direction") == "Inbound" && rule.String("properties", "access") == "Allow";
                var sources = rule.Items("properties", "sourceAddressPrefixes").Select(prefix => prefix.GetString())
                    .Append(rule.String("properties", "sourceAddressPrefix"));
                if (inboundAllow && sources.Any(source => AnyInternet.Contains(source, StringComparer.OrdinalIgnoreCase)))
                {
                    yield return Fail("no-internet-inbound", resource, $"rule '{rule.String("name")}' allows inbound traffic from the internet");
                }
            }
        }

        if (resource.IsType("Microsoft.Network/privateDnsZones"))
        {
            var linked = scope.Resources.Any(link =>
                link.IsType("Microsoft.Network/privateDnsZones/virtualNetworkLinks") && DependsOn(link, resource)
                && link.Property("virtualNetwork", "id") is not null);
            if (!linked)
            {
                yield return Fail("dns-zone-linked", resource, "private DNS zone is not linked to a VNet");
            }
        }
    }

    // ---------- diagnostics

    private static IEnumerable<Violation> Diagnostics(ArmTemplate scope, ArmResource resource)
    {
        if (!DiagnosableTypes.Contains(resource.Type))
        {
            yield break;
        }

        var covered = scope.Resources.Any(setting =>
            setting.IsType("Microsoft.Insights/diagnosticSettings")
            && setting.Property("workspaceId") is not null
            && ReferenceEquals(scope.ResolveTarget(setting, setting.Json.String("scope")), resource));
        if (!covered)
        {
            yield return Fail("diagnostics", resource, "no diagnostic setting sends its logs/metrics to Log Analytics");
        }
    }

    // ---------- services

    private static IEnumerable<Violation> Storage(ArmTemplate scope, ArmResource resource)
    {
        if (resource.IsType("Microsoft.Storage/storageAccounts"))
        {
            var json = resource.Json;
            if (!json.IsLiteralFalse("properties", "allowSharedKeyAccess"))
            {
                yield return Fail("storage", resource, "allowSharedKeyAccess must be false");
            }

            if (!json.IsLiteralFalse("properties", "allowBlobPublicAccess"))
            {
                yield return Fail("storage", resource, "allowBlobPublicAccess must be false");
            }

            if (json.String("properties", "minimumTlsVersion") is not ("TLS1_2" or "TLS1_3"))
            {
                yield return Fail("storage", resource, "minimumTlsVersion must be TLS1_2 or later");
            }

            if (json.IsLiteralFalse("properties", "supportsHttpsTrafficOnly"))
            {
                yield return Fail("storage", resource, "HTTP traffic allowed");
            }

            if (json.String("properties", "networkAcls", "defaultAction") != "Deny")
            {
                yield return Fail("storage", resource, "networkAcls.defaultAction must be Deny");
            }

            if (!string.Equals(json.String("properties", "encryption", "keySource"), "Microsoft.Keyvault", StringComparison.OrdinalIgnoreCase)
                || json.String("properties", "encryption", "identity", "userAssignedIdentity") is null
                || json.String("properties", "encryption", "keyvaultproperties", "keyname") is null)
            {
                yield return Fail("storage-cmk", resource, "not encrypted with a customer-managed key through a user-assigned identity");
            }
        }

        if (resource.IsType("Microsoft.Storage/storageAccounts/blobServices"))
        {
            if (!resource.Json.IsLiteralTrue("properties", "isVersioningEnabled"))
            {
                yield return Fail("storage-recovery", resource, "blob versioning is off");
            }

            if (!resource.Json.IsLiteralTrue("properties", "deleteRetentionPolicy", "enabled"))
            {
                yield return Fail("storage-recovery", resource, "blob soft delete is off");
            }

            if (!resource.Json.IsLiteralTrue("properties", "containerDeleteRetentionPolicy", "enabled"))
            {
                yield return Fail("storage-recovery", resource, "container soft delete is off");
            }

            if (!resource.Json.IsLiteralTrue("properties", "restorePolicy", "enabled") || !resource.Json.IsLiteralTrue("properties", "changeFeed", "enabled"))
            {
                yield return Fail("storage-recovery", resource, "point-in-time restore (with the change feed it needs) is off");
            }
        }

        if (resource.IsType("Microsoft.Storage/storageAccounts/blobServices/containers"))
        {
            if (resource.Property("publicAccess") is { } access && (access.ValueKind != JsonValueKind.String || access.GetString() != "None"))
            {
                yield return Fail("storage", resource, "container allows anonymous access");
            }

            // The audit trail is tamper-evident only if it is also tamper-proof.
            if (ContainerName(resource).StartsWith("audit", StringComparison.OrdinalIgnoreCase))
            {
                var immutable = scope.Resources.Any(policy =>
                    policy.IsType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies")
                    && DependsOn(policy, resource)
                    && policy.Property("immutabilityPeriodSinceCreationInDays") is not null);
                if (!immutable && resource.Property("immutableStorageWithVersioning", "enabled") is not { ValueKind: JsonValueKind.True })
                {
                    yield return Fail("audit-immutable", resource, "audit container has no time-based immutability policy");
                }
            }
        }
    }

    private static IEnumerable<Violation> KeyVault(ArmResource resource)
    {
        if (!resource.IsType("Microsoft.KeyVault/vaults"))
        {
            yield break;
        }

        var json = resource.Json;
        if (!json.IsLiteralTrue("properties", "enableRbacAuthorization"))
        {
            yield return Fail("key-vault", resource, "enableRbacAuthorization must be true");
        }

        if (!json.IsLiteralTrue("properties", "enablePurgeProtection"))
        {
            yield return Fail("key-vault", resource, "purge protection is off");
        }

        if (json.IsLiteralFalse("properties", "enableSoftDelete"))
        {
            yield return Fail("key-vault", resource, "soft delete is off");
        }

        if (json.String("properties", "networkAcls", "defaultAction") != "Deny")
        {
            yield return Fail("key-vault", resource, "networkAcls.defaultAction must be Deny");
        }

        if (json.Items("properties", "accessPolicies").Any())
        {
            yield return Fail("key-vault", resource, "access policies bypass RBAC");
        }
    }

    private static IEnumerable<Violation> FunctionApp(ArmTemplate scope, ArmResource resource)
    {
        if (!resource.IsType("Microsoft.Web/sites"))
        {
            yield break;
        }

        var json = resource.Json;
        if (!json.IsLiteralTrue("properties", "httpsOnly"))
        {
            yield return Fail("web", resource, "httpsOnly must be true");
        }

        if (json.String("properties", "siteConfig", "minTlsVersion") is not ("1.2" or "1.3"))
        {
            yield return Fail("web", resource, "minTlsVersion must be 1.2 or later");
        }

        if (json.String("properties", "siteConfig", "ftpsState") != "Disabled")
        {
            yield return Fail("web", resource, "FTP must be disabled");
        }

        if (json.Find("properties", "virtualNetworkSubnetId") is null)
        {
            yield return Fail("web", resource, "no VNet integration (virtualNetworkSubnetId)");
        }

        if (json.String("identity", "type") is not { } identity || !identity.Contains("Assigned", StringComparison.Ordinal))
        {
            yield return Fail("identity", resource, "no managed identity");
        }

        if (json.String("properties", "functionAppConfig", "deployment", "storage", "authentication", "type") is { } deploymentAuth
            && !deploymentAuth.EndsWith("AssignedIdentity", StringComparison.Ordinal))
        {
            yield return Fail("no-keys", resource, $"deployment storage authenticates with {deploymentAuth}");
        }

        foreach (var setting in json.Items("properties", "siteConfig", "appSettings"))
        {
            var name = setting.String("name") ?? string.Empty;
            var value = setting.Find("value")?.ToString() ?? string.Empty;
            if (string.Equals(name, "AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase))
            {
                yield return Fail("no-keys", resource, "AzureWebJobsStorage connection string: use AzureWebJobsStorage__accountName with a managed identity");
            }

            if (SecretSettingName().IsMatch(name) && !IsKeyVaultReference(value))
            {
                yield return Fail("no-keys", resource, $"app setting '{name}' looks secret but is not a Key Vault reference");
            }
        }

        // Basic-auth publishing (FTP and SCM user/password) must be switched off for every site.
        foreach (var policyName in new[] { "ftp", "scm" })
        {
            var disabled = scope.Resources.Any(policy =>
                policy.IsType("Microsoft.Web/sites/basicPublishingCredentialsPolicies")
                && DependsOn(policy, resource)
                && LastNameSegment(policy) == policyName
                && policy.Json.IsLiteralFalse("properties", "allow"));
            if (!disabled)
            {
                yield return Fail("web", resource, $"basic publishing credentials ({policyName}) not disabled");
            }
        }
    }

    private static IEnumerable<Violation> ContainerApps(ArmTemplate scope, ArmResource resource)
    {
        if (resource.IsType("Microsoft.App/managedEnvironments"))
        {
            if (!resource.Json.IsLiteralTrue("properties", "vnetConfiguration", "internal"))
            {
                yield return Fail("container-apps", resource, "environment is not internal: it has a public load balancer");
            }

            if (resource.Property("vnetConfiguration", "infrastructureSubnetId") is null)
            {
                yield return Fail("container-apps", resource, "environment is not VNet-injected");
            }

            if (resource.Property("appLogsConfiguration", "logAnalyticsConfiguration", "sharedKey") is not null)
            {
                yield return Fail("no-keys", resource, "logs shipped with a workspace shared key");
            }
        }

        if (resource.IsType("Microsoft.App/containerApps"))
        {
            if (resource.Property("configuration", "ingress") is not null)
            {
                // In an internal (VNet-injected, ILB-only) environment `external: true` means "limited to the
                // VNet" and is still private; in any other environment it means the internet.
                var environment = scope.ResolveTarget(resource, resource.Json.String("properties", "environmentId")
                    ?? resource.Json.String("properties", "managedEnvironmentId"));
                var environmentIsInternal = environment is not null
                    && environment.Json.IsLiteralTrue("properties", "vnetConfiguration", "internal");
                if (!resource.Json.IsLiteralFalse("properties", "configuration", "ingress", "external") && !environmentIsInternal)
                {
                    yield return Fail("container-apps", resource, "ingress is external in a non-internal environment: reachable from the internet");
                }

                if (!resource.Json.IsLiteralFalse("properties", "configuration", "ingress", "allowInsecure"))
                {
                    yield return Fail("container-apps", resource, "allowInsecure must be false");
                }
            }

            if (resource.Json.String("identity", "type") is not { } identity || !identity.Contains("UserAssigned", StringComparison.Ordinal))
            {
                yield return Fail("identity", resource, "no user-assigned identity");
            }

            foreach (var registry in resource.Json.Items("properties", "configuration", "registries"))
            {
                if (registry.Find("identity") is null || registry.Find("passwordSecretRef") is not null)
                {
                    yield return Fail("no-keys", resource, "registry pulled with a password instead of a managed identity");
                }
            }

            if (resource.Json.Items("properties", "configuration", "secrets").Any(secret => secret.Find("value") is not null))
            {
                yield return Fail("no-keys", resource, "secret value in the container app (use a Key Vault reference)");
            }
        }
    }

    private static IEnumerable<Violation> Registry(ArmResource resource)
    {
        if (!resource.IsType("Microsoft.ContainerRegistry/registries"))
        {
            yield break;
        }

        if (!resource.Json.IsLiteralFalse("properties", "adminUserEnabled"))
        {
            yield return Fail("registry", resource, "admin user must be disabled");
        }

        if (resource.Json.IsLiteralTrue("properties", "anonymousPullEnabled"))
        {
            yield return Fail("registry", resource, "anonymous pull enabled");
        }
    }

    private static IEnumerable<Violation> Monitoring(ArmResource resource)
    {
        if (resource.IsType("Microsoft.Insights/components") && !resource.Json.IsLiteralTrue("properties", "DisableLocalAuth"))
        {
            yield return Fail("no-keys", resource, "Application Insights accepts instrumentation-key-only ingestion");
        }

        if (resource.IsType("Microsoft.OperationalInsights/workspaces")
            && !resource.Json.IsLiteralTrue("properties", "features", "disableLocalAuth"))
        {
            yield return Fail("no-keys", resource, "workspace accepts shared-key ingestion");
        }
    }

    private static IEnumerable<Violation> RoleAssignments(ArmResource resource)
    {
        if (!resource.IsType("Microsoft.Authorization/roleAssignments"))
        {
            yield break;
        }

        var roleDefinition = resource.Json.String("properties", "roleDefinitionId") ?? string.Empty;
        var roleId = RoleGuid().Match(roleDefinition);
        if (!roleId.Success)
        {
            yield return Fail("rbac", resource, "role definition id is not a literal GUID, so it cannot be reviewed");
        }
        else if (PrivilegedRoles.TryGetValue(roleId.Value, out var roleName))
        {
            yield return Fail("rbac", resource, $"privileged role {roleName}");
        }

        if (resource.Json.String("scope") is null)
        {
            yield return Fail("rbac", resource, "assigned at resource-group (or wider) scope instead of a resource");
        }

        if (!resource.Name.StartsWith("[guid(", StringComparison.Ordinal))
        {
            yield return Fail("rbac", resource, "name is not derived with guid(scope, principal, role)");
        }
    }

    private static IEnumerable<Violation> EventGrid(ArmResource resource)
    {
        if (!resource.Type.EndsWith("/eventSubscriptions", StringComparison.OrdinalIgnoreCase)
            || !resource.Type.StartsWith("Microsoft.EventGrid/", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (resource.Property("destination") is { } destination)
        {
            yield return destination.String("endpointType") == "WebHook"
                ? Fail("private-only", resource, "webhook delivery needs a public endpoint")
                : Fail("identity", resource, "delivery without a managed identity (use deliveryWithResourceIdentity)");
        }

        if (resource.Json.String("properties", "deliveryWithResourceIdentity", "destination", "endpointType") == "WebHook")
        {
            yield return Fail("private-only", resource, "webhook delivery needs a public endpoint");
        }
    }

    // ---------- helpers

    // A literal reference, or one Bicep compiled to format('@Microsoft.KeyVault(...)', vaultName, ...).
    private static bool IsKeyVaultReference(string value) =>
        value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal)
        || value.StartsWith("[format('@Microsoft.KeyVault(", StringComparison.Ordinal);

    private static bool DependsOn(ArmResource dependent, ArmResource dependency) =>
        dependent.DependsOn.Any(reference => ReferenceEquals(dependent.Template.Resolve(reference), dependency));

    private static string LastNameSegment(ArmResource resource)
    {
        var quoted = QuotedLiteral().Matches(resource.Name);
        return quoted.Count > 0 ? quoted[^1].Groups["value"].Value : resource.Name.Split('/')[^1];
    }

    private static string ContainerName(ArmResource resource) => LastNameSegment(resource);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex RoleGuid();

    [GeneratedRegex(@"(Password|Secret|ConnectionString|Key)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSettingName();

    [GeneratedRegex(@"'(?<value>[^']*)'")]
    private static partial Regex QuotedLiteral();
}
