namespace Masking;

/// <summary>
/// The runtime setting every process that masks datasets starts with — the Function App through its app settings
/// (<c>infra-bicep/modules/functions.bicep</c>), the local host and the masking benchmark by starting themselves again
/// with it — so that the memory a dataset costs does not depend on the machine it lands on.
/// </summary>
/// <remarks>
/// Left to itself the .NET runtime sizes generation 0 from the processor's last-level cache: on the 2-core build
/// machine (32 MB L3) it collects every ~16 MB allocated, on a 16-core server part with a 300 MB L3 every ~160 MB, which
/// took the masking benchmark's peak working set from ~190 MB to 318–334 MB there. Setting the budget explicitly replaces
/// that estimate; the runtime reads it from the environment only (neither <c>GCgen0MaxBudget</c> nor a
/// <c>runtimeconfig.json</c> property changed it on the server). Measured on the build machine (30 MB benchmark) with
/// the variable at 32, 64 and 128 MiB to stand in for larger caches: 199, 231 and 296 MB peak, against ~183 MB unset.
/// </remarks>
public static class MaskingHostSettings
{
    /// <summary>The runtime's environment variable for the generation-0 budget, in hexadecimal bytes.</summary>
    public const string Gen0BudgetVariable = "DOTNET_GCgen0size";

    /// <summary>16 MiB: what the runtime chooses itself on the 2-core build machine, where the 300 MB target was measured.</summary>
    public const string Gen0BudgetHex = "1000000";
}
