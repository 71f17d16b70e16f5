using Microsoft.Playwright;
using TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ApproverPage.Tests;

/// <summary>
/// One user's browser tab on the approver page (its own context, so its own session storage and sign-in), with
/// the page's script errors and Content-Security-Policy violations collected so a test can assert there were none.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    internal PageSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.PageError += (_, error) => _errors.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            // A refused API call logs "Failed to load resource: 403" (expected here); a blocked script or style does not.
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _errors.Add("CSP violation: " + message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors and CSP violations seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public ILocator Alert => Page.Locator("#alert");

    public ILocator Status => Page.Locator("#status");

    public ILocator Approve => Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true });

    public ILocator Comment => Page.GetByLabel("Comment (optional)");

    public ILocator RunLink(string runId) => Page.Locator($"a.run-link[data-run-id=\"{runId}\"]");

    /// <summary>Pastes the token into the labelled field and presses the Sign in button.</summary>
    public async Task SignInAsync(string token)
    {
        await Page.GetByLabel("Bearer token").FillAsync(token);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.Locator("#session")).ToBeVisibleAsync();
    }

    /// <summary>Opens the run from the "awaiting approval" list and waits for its evidence.</summary>
    public async Task OpenRunFromListAsync(string runId)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Runs awaiting approval" })).ToBeVisibleAsync();
        await RunLink(runId).ClickAsync();
        await Expect(Page.Locator("#run-overview")).ToBeVisibleAsync();
    }

    /// <summary>artifacts/screenshots/{step}.png, the whole page.</summary>
    public Task ScreenshotAsync(string step) => Page.ScreenshotAsync(new PageScreenshotOptions
    {
        Path = Path.Combine(ApproverPageFixture.ScreenshotFolder, step + ".png"),
        FullPage = true,
    });

    // The engine (pinned in package.json, installed by npm ci), read once for every page and view.
    private static readonly Lazy<string> AxeEngine = new(() => File.ReadAllText(RepositoryPaths.Combine("node_modules", "axe-core", "axe.min.js")));

    /// <summary>
    /// Runs axe-core on the page as it is now with the WCAG 2.0/2.1 A and AA rules (colour contrast included); returns
    /// one line per violation: rule, impact, and the elements. Evaluated through the browser's debugging protocol, so the
    /// page's script policy (no inline or foreign scripts) stays as strict as in production.
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        await Page.EvaluateAsync(AxeEngine.Value);
        var violations = await Page.EvaluateAsync<string[]>(
            """
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        return violations ?? [];
    }

    /// <summary>Asserts that the page ran without script errors or CSP violations.</summary>
    public void AssertNoPageErrors() => Assert.True(_errors.Count == 0, "page errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
