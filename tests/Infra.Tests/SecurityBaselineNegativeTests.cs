using System.Text.Json;

namespace Infra.Tests;

/// <summary>Small, deliberately bad templates: each must be caught by the same checker the real templates pass.</summary>
public sealed class SecurityBaselineNegativeTests
{
    private const string Workspace = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log";

    [Fact]
    public void CompliantTemplate_HasNoViolation()
    {
        // Guards the checker itself: it must not flag everything.
        var violations = Check(Template(
            """
            "nsg": { "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-07-01", "name": "nsg",
              "properties": { "securityRules": [ { "name": "deny", "properties": { "direction": "Inbound", "access": "Deny", "sourceAddressPrefix": "Internet" } } ] } },
            "diag": { "type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "d",
              "scope": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg')]",
              "properties": { "workspaceId": "WORKSPACE" }, "dependsOn": [ "nsg" ] }
            """));

        Assert.Empty(violations);
    }

    [Fact]
    public void PublicStorageWithSharedKeys_IsCaught()
    {
        var violations = Check(Template(
            """
            "st": { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2025-01-01", "name": "st",
              "properties": { "allowSharedKeyAccess": true, "publicNetworkAccess": "Enabled", "allowBlobPublicAccess": true } }
            """));

        Assert.Contains(violations, violation => violation.Rule == "private-only");
        Assert.Contains(violations, violation => violation.Message.Contains("allowSharedKeyAccess", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "storage-cmk");
        Assert.Contains(violations, violation => violation.Rule == "diagnostics");
        Assert.Contains(violations, violation => violation.Rule == "private-endpoint");
    }

    [Fact]
    public void OwnerRoleForAnAppIdentity_IsCaught()
    {
        var violations = Check(Template(
            """
            "ra": { "type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01", "name": "[guid('x')]",
              "scope": "[resourceId('Microsoft.KeyVault/vaults', 'kv')]",
              "properties": { "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')]", "principalId": "p" } }
            """));

        Assert.Contains(violations, violation => violation.Rule == "rbac" && violation.Message.Contains("Owner", StringComparison.Ordinal));
    }

    [Fact]
    public void SubnetWithoutNsg_AndInternetInbound_AreCaught()
    {
        var violations = Check(Template(
            """
            "vnet": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-07-01", "name": "vnet",
              "properties": { "subnets": [ { "name": "naked", "properties": { "addressPrefix": "10.0.0.0/24" } } ] } },
            "nsg": { "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-07-01", "name": "nsg",
              "properties": { "securityRules": [ { "name": "open", "properties": { "direction": "Inbound", "access": "Allow", "sourceAddressPrefix": "*" } } ] } }
            """));

        Assert.Contains(violations, violation => violation.Rule == "nsg-on-every-subnet" && violation.Message.Contains("naked", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "no-internet-inbound");
    }

    [Fact]
    public void ExternalIngressOutsideAnInternalEnvironment_AndRegistryPassword_AreCaught()
    {
        var violations = Check(Template(
            """
            "env": { "type": "Microsoft.App/managedEnvironments", "apiVersion": "2025-07-01", "name": "env",
              "properties": { "publicNetworkAccess": "Enabled", "vnetConfiguration": { "internal": false } } },
            "app": { "type": "Microsoft.App/containerApps", "apiVersion": "2025-07-01", "name": "app",
              "properties": { "environmentId": "[resourceId('Microsoft.App/managedEnvironments', 'env')]",
                "configuration": { "ingress": { "external": true, "allowInsecure": true },
                "registries": [ { "server": "cr.azurecr.io", "username": "u", "passwordSecretRef": "pw" } ],
                "secrets": [ { "name": "pw", "value": "hunter2" } ] } },
              "dependsOn": [ "env" ] }
            """));

        Assert.Contains(violations, violation => violation.Message.Contains("reachable from the internet", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("public load balancer", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("allowInsecure", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("password", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("secret value", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "identity");
        Assert.Contains(violations, violation => violation.Rule == "private-only");
    }

    [Fact]
    public void VnetLimitedIngressInAnInternalEnvironment_IsAccepted()
    {
        var violations = Check(Template(
            """
            "env": { "type": "Microsoft.App/managedEnvironments", "apiVersion": "2025-07-01", "name": "env",
              "properties": { "publicNetworkAccess": "Disabled", "vnetConfiguration": { "internal": true, "infrastructureSubnetId": "s" } } },
            "app": { "type": "Microsoft.App/containerApps", "apiVersion": "2025-07-01", "name": "app",
              "identity": { "type": "UserAssigned", "userAssignedIdentities": { "id": {} } },
              "properties": { "environmentId": "[resourceId('Microsoft.App/managedEnvironments', 'env')]",
                "configuration": { "ingress": { "external": true, "allowInsecure": false } } },
              "dependsOn": [ "env" ] }
            """));

        Assert.DoesNotContain(violations, violation => violation.Rule == "container-apps");
    }

    [Fact]
    public void ListKeysInAnOutput_IsCaught()
    {
        var violations = Check(Template(
            "",
            """
            "key": { "type": "string", "value": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2025-01-01').keys[0].value]" }
            """));

        Assert.Contains(violations, violation => violation.Rule == "no-keys");
        Assert.Contains(violations, violation => violation.Rule == "no-secure-outputs");
    }

    [Fact]
    public void PublicKeyVaultInANestedDeploymentWithoutSymbolicNames_IsCaught()
    {
        // Modules compile to Microsoft.Resources/deployments; the checker must look inside, in either resource layout.
        var violations = Check(Template(
            """
            "module": { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "nested",
              "properties": { "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" },
                "template": { "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [ { "type": "Microsoft.KeyVault/vaults", "apiVersion": "2024-11-01", "name": "kv",
                    "properties": { "publicNetworkAccess": "Enabled", "enablePurgeProtection": false,
                      "accessPolicies": [ { "objectId": "o" } ] } } ] } } }
            """));

        Assert.Contains(violations, violation => violation.Rule == "private-only" && violation.Resource.StartsWith("main/module", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("purge protection", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("access policies", StringComparison.Ordinal));
    }

    [Fact]
    public void DiagnosticSettingOnAnotherResource_DoesNotCoverTheFirst()
    {
        var violations = Check(Template(
            """
            "a": { "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-07-01", "name": "a", "properties": {} },
            "b": { "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-07-01", "name": "b", "properties": {} },
            "diag": { "type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "d",
              "scope": "[resourceId('Microsoft.Network/networkSecurityGroups', 'b')]",
              "properties": { "workspaceId": "WORKSPACE" }, "dependsOn": [ "b" ] }
            """));

        var diagnostics = Assert.Single(violations, violation => violation.Rule == "diagnostics");
        Assert.Contains(":a ", diagnostics.Resource, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditContainerWithoutImmutability_AndUnlinkedDnsZone_AreCaught()
    {
        var violations = Check(Template(
            """
            "audit": { "type": "Microsoft.Storage/storageAccounts/blobServices/containers", "apiVersion": "2025-01-01",
              "name": "st/default/audit", "properties": { "publicAccess": "None" } },
            "zone": { "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2024-06-01", "name": "privatelink.blob.core.windows.net", "location": "global" }
            """));

        Assert.Contains(violations, violation => violation.Rule == "audit-immutable");
        Assert.Contains(violations, violation => violation.Rule == "dns-zone-linked");
    }

    [Fact]
    public void FunctionAppWithConnectionStringsAndFtp_IsCaught()
    {
        var violations = Check(Template(
            """
            "site": { "type": "Microsoft.Web/sites", "apiVersion": "2024-11-01", "name": "func", "kind": "functionapp,linux",
              "properties": { "httpsOnly": false, "publicNetworkAccess": "Enabled",
                "functionAppConfig": { "deployment": { "storage": { "authentication": { "type": "StorageAccountConnectionString" } } } },
                "siteConfig": { "ftpsState": "AllAllowed", "minTlsVersion": "1.0",
                  "appSettings": [ { "name": "AzureWebJobsStorage", "value": "UseDevelopmentStorage=true" },
                                   { "name": "Masking__PseudonymisationKey", "value": "plain-text" } ] } } }
            """));

        Assert.Contains(violations, violation => violation.Message.Contains("AzureWebJobsStorage", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("PseudonymisationKey", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("StorageAccountConnectionString", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("FTP", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("basic publishing", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Message.Contains("VNet integration", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "identity");
    }

    [Fact]
    public void WebhookEventSubscription_IsCaught()
    {
        var violations = Check(Template(
            """
            "sub": { "type": "Microsoft.EventGrid/systemTopics/eventSubscriptions", "apiVersion": "2025-02-15", "name": "t/s",
              "properties": { "destination": { "endpointType": "WebHook", "properties": { "endpointUrl": "https://example.org" } } } }
            """));

        Assert.Contains(violations, violation => violation.Rule == "private-only" && violation.Message.Contains("webhook", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Violation> Check(string template)
    {
        using var document = JsonDocument.Parse(template);
        return SecurityBaseline.Check(document.RootElement);
    }

    private static string Template(string resources, string outputs = "") =>
        $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "languageVersion": "2.0",
          "contentVersion": "1.0.0.0",
          "resources": { {{resources.Replace("WORKSPACE", Workspace, StringComparison.Ordinal)}} },
          "outputs": { {{outputs}} }
        }
        """;
}
