using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Orchestration;
using Pipeline.Security;
using static Microsoft.Playwright.Assertions;

namespace ApproverPage.Tests;

/// <summary>
/// The approver page in a real browser against the local stack, following one run from "awaiting approval" to
/// "promoted": the submitter is refused, a user without the role is refused, the page works from the keyboard,
/// two approvers sign off. The steps share the run, so they run in order.
/// </summary>
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed class ApproverPageTests(ApproverPageFixture fixture) : IClassFixture<ApproverPageFixture>
{
    private const string FirstApprover = "dana.approver";
    private const string SecondApprover = "lee.approver";

    [Fact]
    [Step(1)]
    public async Task Submitter_ApprovingOwnRun_IsRefusedOnScreen_AndTheRunStillWaits()
    {
        await using var tab = await fixture.OpenPageAsync();
        await tab.SignInAsync(await fixture.TokenAsync(ApproverPageFixture.Submitter, AppRoles.Approver));
        await tab.ScreenshotAsync("01-submitter-runs-list");
        await tab.OpenRunFromListAsync(fixture.RunId);
        await Expect(tab.Page.Locator("#own-run-note")).ToBeVisibleAsync();

        await tab.Approve.ClickAsync();

        await Expect(tab.Alert).ToContainTextAsync("Your approval was not recorded.");
        await Expect(tab.Alert).ToContainTextAsync("HTTP 403");
        await Expect(tab.Alert).ToContainTextAsync("Submitters cannot approve their own run.");
        await Expect(tab.Alert).ToContainTextAsync("Another approver has to decide on this run.");
        // The alert region is at the top of a long page; the same answer appears where the user pressed Approve.
        var outcome = tab.Page.Locator("#decision-outcome");
        await Expect(outcome).ToContainTextAsync("Submitters cannot approve their own run. (HTTP 403)");
        await Expect(outcome).ToBeInViewportAsync();
        await Expect(tab.Status).ToBeEmptyAsync();
        await Expect(tab.Page.Locator("#run-phase")).ToHaveTextAsync("Awaiting approval");
        await Expect(tab.Page.Locator("#approvals-empty")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("02-submitter-self-approval-refused");
        var run = await fixture.GetRunAsync(await fixture.TokenAsync(FirstApprover, AppRoles.Approver));
        Assert.Equal(RunPhase.AwaitingApproval, run["phase"]?.GetValue<string>());
        Assert.Empty(run["progress"]?["approvedBy"]?.AsArray() ?? []);
        tab.AssertNoPageErrors();
    }

    [Fact]
    [Step(2)]
    public async Task Keyboard_SignInOpenRunAndApprove_WorkWithTabAndEnter_AndControlsHaveAccessibleNames()
    {
        // The submitter again, so that the decision made from the keyboard reaches the API without counting.
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        var tokenField = page.GetByLabel("Bearer token");
        var signIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeAttachedAsync();

        await TabUntilAsync(page, tokenField, 5);
        await page.Keyboard.InsertTextAsync(await fixture.TokenAsync(ApproverPageFixture.Submitter, AppRoles.Approver));
        await page.Keyboard.PressAsync("Tab");
        await Expect(signIn).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Navigation moves focus to the new view's heading, so a screen reader announces where the user is.
        var runsHeading = page.GetByRole(AriaRole.Heading, new() { Name = "Runs awaiting approval" });
        await Expect(runsHeading).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Show all runs")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refresh" })).ToBeVisibleAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = fixture.RunId });
        await TabUntilAsync(page, link, 10);
        await tab.ScreenshotAsync("03-keyboard-run-link-focused");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Run " + Regex.Escape(fixture.RunId)) })).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Training and validation loss by training step") })).ToBeVisibleAsync();
        // The fixture's run trained without DP-SGD: approvers are told so, next to the training settings.
        await Expect(page.Locator("#training")).ToContainTextAsync("Differential privacy");
        await Expect(page.Locator("#training")).ToContainTextAsync("not used: the probes are the only evidence about memorisation");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true })).ToBeVisibleAsync();
        await TabUntilAsync(page, tab.Comment, 80);
        await page.Keyboard.TypeAsync("Typed from the keyboard.");
        await page.Keyboard.PressAsync("Tab");
        await Expect(tab.Approve).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The decision was sent (the API refused it: this user submitted the run) and the refusal is announced.
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("HTTP 403");
        await Expect(page.Locator("#decision-outcome")).ToBeInViewportAsync();
        await Expect(tab.Approve).ToBeFocusedAsync();
        await Expect(tab.Comment).ToHaveValueAsync("Typed from the keyboard.");
        await tab.ScreenshotAsync("04-keyboard-approve-pressed");
        tab.AssertNoPageErrors();
    }

    [Fact]
    [Step(3)]
    public async Task NonApprover_IsRefusedOnScreen()
    {
        await using var tab = await fixture.OpenPageAsync();
        await tab.SignInAsync(await fixture.TokenAsync("app.clinic-assistant", AppRoles.InferenceUser));

        await Expect(tab.Alert).ToContainTextAsync("The runs could not be loaded.");
        await Expect(tab.Alert).ToContainTextAsync("HTTP 403");
        await Expect(tab.Alert).ToContainTextAsync("Your token does not carry a role that allows this.");
        await Expect(tab.Page.Locator("#runs-table")).ToBeHiddenAsync();
        await tab.ScreenshotAsync("05-non-approver-runs-refused");

        // Straight to the run by its address: refused too, and nothing of the evidence is shown.
        await tab.Page.GotoAsync(new Uri(fixture.PageAddress, "#/runs/" + Uri.EscapeDataString(fixture.RunId)).ToString());
        await Expect(tab.Alert).ToContainTextAsync("The run could not be loaded.");
        await Expect(tab.Alert).ToContainTextAsync("HTTP 403");
        await Expect(tab.Page.Locator("#run-overview")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("#decision")).ToHaveCountAsync(0);
        await tab.ScreenshotAsync("06-non-approver-run-refused");
        tab.AssertNoPageErrors();
    }

    [Fact]
    [Step(4)]
    public async Task EveryView_PassesTheAxeWcag21AaRules()
    {
        // axe-core (pinned in package.json, installed by npm ci) on each view as an approver sees it.
        await using var tab = await fixture.OpenPageAsync();
        var signIn = await tab.AccessibilityViolationsAsync();
        await tab.SignInAsync(await fixture.TokenAsync(FirstApprover, AppRoles.Approver));
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Runs awaiting approval" })).ToBeVisibleAsync();
        await Expect(tab.RunLink(fixture.RunId)).ToBeVisibleAsync();
        var runs = await tab.AccessibilityViolationsAsync();
        await tab.OpenRunFromListAsync(fixture.RunId);
        await Expect(tab.Approve).ToBeVisibleAsync();
        var run = await tab.AccessibilityViolationsAsync();

        Assert.True(signIn.Count == 0, "sign-in view:\n" + string.Join('\n', signIn));
        Assert.True(runs.Count == 0, "runs view:\n" + string.Join('\n', runs));
        Assert.True(run.Count == 0, "run view:\n" + string.Join('\n', run));
        tab.AssertNoPageErrors();
    }

    [Fact]
    [Step(5)]
    public async Task FirstApprover_SeesTheEvidence_AndApprovesWithAComment()
    {
        var token = await fixture.TokenAsync(FirstApprover, AppRoles.Approver);
        var evidence = (await fixture.GetEvidenceAsync(token))["evidence"]!;
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(token);
        await tab.OpenRunFromListAsync(fixture.RunId);

        // The evidence: every gate passes, the loss curve is drawn, the masking counts are the run's, no production yet.
        var gates = page.Locator("#gates-table tbody tr");
        await Expect(gates).ToHaveCountAsync(evidence["gates"]!.AsArray().Count);
        Assert.True(await gates.CountAsync() > 0, "the policy has gates");
        foreach (var gate in await gates.AllAsync())
        {
            await Expect(gate).ToHaveAttributeAsync("data-gate-passed", "true");
            await Expect(gate.Locator("td").Last).ToHaveTextAsync("✓ PASS");
        }

        await Expect(page.Locator("#run-overview")).ToContainTextAsync("ALL PASS");
        await Expect(page.Locator("svg#loss-chart")).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg#loss-chart path.series-train").CountAsync() == 1, "the training loss is drawn as a line");
        var masked = evidence["masking"]!["byEntityType"]!.AsObject();
        Assert.NotEmpty(masked);
        foreach (var (type, count) in masked)
        {
            var row = page.Locator("#masking-table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = type, Exact = true }) });
            await Expect(row.Locator("td")).ToHaveTextAsync(count!.GetValue<long>().ToString("N0", CultureInfo.InvariantCulture));
        }

        await Expect(page.Locator("#masking")).ToContainTextAsync(evidence["masking"]!["totalMasked"]!.GetValue<long>().ToString("N0", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#residual-result")).ToContainTextAsync("PASSED");
        await Expect(page.Locator("#current-production")).ToContainTextAsync("this would be the first production version");
        await Expect(page.Locator("#approvals-summary")).ToContainTextAsync("0 of 2 required approvals");
        await tab.ScreenshotAsync("07-first-approver-evidence");

        const string comment = "Gates pass, masking counts reviewed, loss curve converges.";
        await tab.Comment.FillAsync(comment);
        await tab.Approve.ClickAsync();

        await Expect(tab.Status).ToContainTextAsync($"Your approval of run {fixture.RunId} was sent.");
        await Expect(tab.Alert).ToBeEmptyAsync();
        await Expect(page.Locator("#decision-outcome")).ToContainTextAsync("was sent.");
        await Expect(page.Locator("#decision-outcome")).ToBeInViewportAsync();
        var decisions = page.Locator("#approvals-table tbody tr");
        await Expect(decisions).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(decisions.First).ToContainTextAsync(FirstApprover);
        await Expect(decisions.First).ToContainTextAsync("Approved");
        await Expect(decisions.First).ToContainTextAsync(comment);
        await Expect(page.Locator("#approvals-summary")).ToContainTextAsync("1 of 2 required approvals");
        await Expect(page.Locator("#run-phase")).ToHaveTextAsync("Awaiting approval");
        await tab.ScreenshotAsync("08-first-approver-approved");
        tab.AssertNoPageErrors();
    }

    [Fact]
    [Step(6)]
    public async Task SecondApprover_Approves_AndTheRunIsPromoted()
    {
        var token = await fixture.TokenAsync(SecondApprover, AppRoles.Approver);
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(token);
        await tab.OpenRunFromListAsync(fixture.RunId);
        await Expect(page.Locator("#approvals-table")).ToContainTextAsync(FirstApprover);

        await tab.Comment.FillAsync("Second approval.");
        await tab.Approve.ClickAsync();
        await Expect(tab.Status).ToContainTextAsync($"Your approval of run {fixture.RunId} was sent.");
        await tab.ScreenshotAsync("09-second-approver-approved");

        // The API is the judge: the run finishes promoted.
        using (var promoting = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
        {
            await WaitForStatusAsync(token, RunStatus.Promoted, promoting.Token);
        }

        await page.ReloadAsync();
        await Expect(page.Locator("#run-phase")).ToHaveTextAsync("Promoted");
        var decisions = page.Locator("#approvals-table tbody tr");
        await Expect(decisions).ToHaveCountAsync(2);
        await Expect(page.Locator("#approvals-table")).ToContainTextAsync(SecondApprover);
        await Expect(page.Locator("#approvals-summary")).ToContainTextAsync("2 of 2 required approvals");
        // A decided run offers no buttons any more: it says where it stands instead.
        await Expect(page.Locator("#decision-closed")).ToContainTextAsync("Promoted");
        await Expect(tab.Approve).ToHaveCountAsync(0);
        await tab.ScreenshotAsync("10-run-promoted");
        var run = await fixture.GetRunAsync(token);
        Assert.Equal(RunStatus.Promoted, run["status"]?.GetValue<string>());
        tab.AssertNoPageErrors();
    }

    private async Task WaitForStatusAsync(string token, string status, CancellationToken cancellationToken)
    {
        while (true)
        {
            var run = await fixture.GetRunAsync(token);
            var current = run["status"]?.GetValue<string>();
            if (current == status)
            {
                return;
            }

            Assert.True(current is null, $"the run ended {current}: {run["result"]?["reason"]}");
            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus, as a keyboard user would.</summary>
    private static async Task TabUntilAsync(IPage page, ILocator target, int maxPresses)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
        Assert.Fail($"{target} was not reached with {maxPresses} Tab presses; focus is on {focused}");
    }
}
