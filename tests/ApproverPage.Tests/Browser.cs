namespace ApproverPage.Tests;

/// <summary>
/// Finds the system's Chromium. Playwright's own browser download is unreachable here, so the tests drive the
/// distribution's package; a machine without it fails every test with the command that installs it.
/// </summary>
internal static class Browser
{
    /// <summary>Overrides where Chromium is looked for (another distribution's path, a local build).</summary>
    public const string PathVariable = "APPROVER_TESTS_CHROMIUM";

    public const string InstallCommand = "sudo apt-get update && sudo apt-get install -y chromium";

    // Debian's package installs /usr/bin/chromium; Ubuntu's and older Debian's name it chromium-browser.
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{PathVariable} names '{configured}', which does not exist. Unset it to use the system's Chromium, installed with `{InstallCommand}`.");
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"Chromium is not installed (looked for {string.Join(" and ", Candidates)}). The approver page tests drive the system's Chromium "
                + $"because Playwright's browser download is not available: install it with `{InstallCommand}` (as root without sudo), "
                + $"or set {PathVariable} to a Chromium binary.");
    }

    /// <summary>Chromium's sandbox refuses to start as root (containers, CI); anyone else keeps it.</summary>
    public static IReadOnlyList<string> Arguments() =>
        string.Equals(Environment.UserName, "root", StringComparison.Ordinal) ? ["--no-sandbox"] : [];
}
