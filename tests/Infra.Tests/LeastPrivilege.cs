using System.Text.RegularExpressions;

namespace Infra.Tests;

/// <summary>
/// The workload-specific RBAC rules the generic baseline cannot know: the GPU host may read masked data and
/// the model registry, write adapters, wrap their data keys with the adapter key and pull its image, and must never
/// reach raw uploads (the datasets container), read Key Vault secrets or hold a role on the whole storage account.
/// </summary>
public static partial class LeastPrivilege
{
    public const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    public const string AcrPull = "7f951dda-4ed3-4680-a7ca-43fe172d538d";
    public const string KeyVaultCryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    // Never "datasets" (raw uploads): the GPU host sees masked splits, its own adapters and job state, and models.
    private static readonly HashSet<string> GpuHostContainers = new(StringComparer.Ordinal) { "masked", "adapters", "gpu-host-jobs", "models" };

    /// <summary>Role assignments of the GPU host identity, at any depth.</summary>
    public static IEnumerable<ArmResource> GpuHostAssignments(ArmTemplate template) =>
        template.AllResources().Where(resource =>
            resource.IsType("Microsoft.Authorization/roleAssignments")
            && (resource.Json.String("properties", "principalId") ?? string.Empty).Contains("gpuHost", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Violation> Check(ArmTemplate template)
    {
        var violations = new List<Violation>();
        var assignments = GpuHostAssignments(template).ToArray();
        foreach (var assignment in assignments)
        {
            var scope = assignment.Json.String("scope") ?? string.Empty;
            var scopeType = ArmTemplate.TypeNamedIn(scope) ?? "(resource group)";
            if (scopeType.StartsWith("Microsoft.Storage/", StringComparison.OrdinalIgnoreCase))
            {
                var container = LastLiteral(scope);
                if (!string.Equals(scopeType, "Microsoft.Storage/storageAccounts/blobServices/containers", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add(new("gpu-host-scope", assignment.ToString(), $"storage role at {scopeType} scope, wider than one container"));
                }
                else if (!GpuHostContainers.Contains(container))
                {
                    violations.Add(new("gpu-host-scope", assignment.ToString(), $"role on container '{container}' (allowed: {string.Join(", ", GpuHostContainers)})"));
                }
            }
            else if (scopeType == "(resource group)")
            {
                violations.Add(new("gpu-host-scope", assignment.ToString(), "role at resource-group scope"));
            }

            // Adapters use envelope encryption with the adapter-kek key: the GPU host has no secret to read.
            if ((assignment.Json.String("properties", "roleDefinitionId") ?? string.Empty).Contains(KeyVaultSecretsUser, StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(new("gpu-host-scope", assignment.ToString(), "Key Vault Secrets User: the GPU host reads no secret"));
            }
        }

        Require(violations, assignments, StorageBlobDataReader, "masked", "Storage Blob Data Reader on masked");
        Require(violations, assignments, StorageBlobDataContributor, "adapters", "Storage Blob Data Contributor on adapters");
        Require(violations, assignments, StorageBlobDataContributor, "gpu-host-jobs", "Storage Blob Data Contributor on gpu-host-jobs");
        Require(violations, assignments, AcrPull, null, "AcrPull on the registry");
        Require(violations, assignments, KeyVaultCryptoUser, null, "Key Vault Crypto User (on the adapter key)");
        return violations;
    }

    private static void Require(List<Violation> violations, ArmResource[] assignments, string roleId, string? container, string what)
    {
        var present = assignments.Any(assignment =>
            (assignment.Json.String("properties", "roleDefinitionId") ?? string.Empty).Contains(roleId, StringComparison.OrdinalIgnoreCase)
            && (container is null || LastLiteral(assignment.Json.String("scope") ?? string.Empty) == container));
        if (!present)
        {
            violations.Add(new("gpu-host-scope", "gpu host", $"missing {what}"));
        }
    }

    private static string LastLiteral(string expression)
    {
        var matches = Literal().Matches(expression);
        return matches.Count == 0 ? string.Empty : matches[^1].Groups["value"].Value;
    }

    [GeneratedRegex(@"'(?<value>[^']*)'")]
    private static partial Regex Literal();
}
