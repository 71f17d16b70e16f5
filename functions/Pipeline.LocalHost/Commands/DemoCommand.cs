using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pipeline.Functions.Intake;
using Pipeline.LocalHost.LocalStack;
using Pipeline.Security;
using Spectre.Console;

namespace Pipeline.LocalHost.Commands;

/// <summary>
/// <c>demo</c>: the product end to end on the local stack, the way its users meet it. A data team drops a dataset
/// with planted personal data into <c>datasets/incoming/</c>; the run is followed live through the API; the
/// submitting team's attempt to approve is refused; two approvers sign off; the promoted model answers an
/// application through the authenticated front; the audit chain is verified; a summary is printed.
/// Exit 0 only when every step did what it should.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Exit code when a step of the demo did not turn out as it should.</summary>
    public const int DemoFailed = 1;

    private const string Team = "clinic";
    private static readonly string[] Approvers = ["dana.approver", "lee.approver"];

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port of the HTTP routes (default 7071).", DefaultValueFactory = _ => 7071 };
        var data = new Option<DirectoryInfo?>("--data") { Description = "State folder of the local stack (default: .local)." };
        var dataset = new Option<FileInfo?>("--dataset") { Description = "Dataset to upload (default: the shipped samples/demo/clinic-notes.jsonl)." };
        var timeout = new Option<int>("--timeout-minutes") { Description = "Give up after this long (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("demo", "Upload a synthetic dataset with planted PII and take it through masking, training, evaluation, approval, promotion and inference.")
        {
            port, data, dataset, timeout,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new LocalStackOptions { Port = parse.GetValue(port), DataFolder = parse.GetValue(data)?.FullName ?? ".local", VerboseCategories = [] },
            parse.GetValue(dataset) ?? DefaultDataset(), TimeSpan.FromMinutes(parse.GetValue(timeout)), AnsiConsole.Console, cancellationToken));
        return command;
    }

    internal static FileInfo DefaultDataset()
    {
        // Next to the build output (copied there) or in the repository when run from its root.
        var beside = Path.Combine(AppContext.BaseDirectory, "samples", "demo", "clinic-notes.jsonl");
        return new FileInfo(File.Exists(beside) ? beside : Path.Combine("samples", "demo", "clinic-notes.jsonl"));
    }

    internal static async Task<int> RunAsync(LocalStackOptions options, FileInfo dataset, TimeSpan timeout, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!dataset.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] dataset '{dataset.FullName}' does not exist.");
            return MaskCommand.UsageError;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var ct = deadline.Token;
        console.Write(new Rule("[bold]Private LoRA pipeline — demo[/]").LeftJustified());
        LocalStack.LocalStack stack;
        try
        {
            stack = await LocalStack.LocalStack.StartAsync(options, line => console.MarkupLineInterpolated($"[grey]•[/] {line}"), ct);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the local stack did not start: {ex.Message}");
            return UpCommand.StartFailed;
        }

        await using (stack)
        {
            try
            {
                var outcome = await new Scenario(stack, console).RunAsync(dataset, ct);
                return outcome ? 0 : DemoFailed;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                console.MarkupLineInterpolated($"[red]error:[/] the demo did not finish within {timeout.TotalMinutes} minutes.");
                return DemoFailed;
            }
            catch (DemoException ex)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return DemoFailed;
            }
        }
    }

    private sealed class DemoException(string message) : Exception(message);

    /// <summary>The steps, talking to the stack over HTTP exactly as applications and approvers would.</summary>
    private sealed class Scenario(LocalStack.LocalStack stack, IAnsiConsole console)
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri(stack.BaseAddress, "api/"), Timeout = TimeSpan.FromMinutes(5) };

        public async Task<bool> RunAsync(FileInfo dataset, CancellationToken ct)
        {
            // 1. The data team drops the dataset into Blob Storage, as Event Grid would see it.
            // A stable name: each demo is a new upload (new ETag, new run) and a new version of the same model.
            var blobName = $"incoming/{Team}/{Path.GetFileNameWithoutExtension(dataset.Name)}.jsonl";
            var blob = stack.Storage.Datasets.GetBlobClient(blobName);
            var uploaded = await blob.UploadAsync(dataset.FullName, ct);
            var runId = RunIds.ForUpload(blob.Uri, uploaded.Value.ETag.ToString());
            console.MarkupLineInterpolated($"[bold]1. Uploaded[/] {dataset.Name} ({dataset.Length:N0} bytes) as datasets/{blobName}");
            console.MarkupLineInterpolated($"   run id {runId} (from the blob URL and ETag: a duplicate event cannot start a second run)");

            // 2. Follow it until it waits for approval (or ends early).
            var reader = await TokenAsync(Approvers[0], AppRoles.Approver);
            console.MarkupLine("[bold]2. Following the run[/]");
            var run = await FollowAsync(runId, reader, r => Phase(r) == "awaiting-approval" || Status(r) is not null, ct);
            if (Phase(run) != "awaiting-approval")
            {
                throw new DemoException($"the run ended before approval: {Status(run)} — {run["result"]?["reason"]}");
            }

            // 3. The evidence approvers see.
            using var evidenceResponse = await SendAsync(HttpMethod.Get, $"runs/{runId}/evidence", reader, null, ct);
            var evidenceView = await ReadObjectAsync(evidenceResponse, "evidence", ct);
            var evidence = evidenceView["evidence"]!;
            ShowEvidence(evidence, evidenceView["evidenceSha256"]!.GetValue<string>());

            // 4. Approvals: the submitting team is refused, two approvers sign off.
            console.MarkupLine("[bold]4. Approvals[/]");
            var submitterToken = await TokenAsync($"team:{Team}", AppRoles.Approver);
            using (var self = await SendAsync(HttpMethod.Post, $"runs/{runId}/approvals", submitterToken, new { decision = "approve", comment = "our own data looks fine" }, ct))
            {
                if (self.StatusCode != HttpStatusCode.Forbidden)
                {
                    throw new DemoException($"self-approval should be refused with 403, got {(int)self.StatusCode}");
                }

                var problem = await self.Content.ReadFromJsonAsync<JsonObject>(ct);
                console.MarkupLineInterpolated($"   team:{Team} (the submitter) tried to approve → [yellow]403[/] {problem?["title"]}");
            }

            foreach (var approver in Approvers)
            {
                var token = await TokenAsync(approver, AppRoles.Approver);
                using var response = await SendAsync(HttpMethod.Post, $"runs/{runId}/approvals", token,
                    new { decision = "approve", comment = $"Evidence {evidenceView["evidenceSha256"]!.GetValue<string>()[..12]} reviewed: gates pass, no residual PII." }, ct);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new DemoException($"approval by {approver} was not accepted: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                }

                console.MarkupLineInterpolated($"   {approver} approved → [green]202[/]");
                await FollowAsync(runId, reader, r => Status(r) is not null || (r["progress"]?["approvedBy"]?.AsArray().Any(a => a?.GetValue<string>() == approver) ?? false), ct, quiet: true);
            }

            var final = await FollowAsync(runId, reader, r => Status(r) is not null, ct);
            var result = final["result"]!;
            if (Status(final) != "promoted")
            {
                throw new DemoException($"the run ended {Status(final)}: {result["reason"]}");
            }

            var model = result["modelName"]!.GetValue<string>();
            console.MarkupLineInterpolated($"[bold]5. Promoted[/] {model} version {result["version"]} as production");

            // 5. An application asks the promoted model through the authenticated front.
            var app = await TokenAsync("app.clinic-assistant", AppRoles.InferenceUser);
            using var chat = await SendAsync(HttpMethod.Post, "v1/chat/completions", app, new
            {
                model,
                messages = new object[]
                {
                    new { role = "system", content = "You are a clinic scheduling assistant." },
                    new { role = "user", content = "Can I move my follow-up visit to next week?" },
                },
                max_tokens = 24,
                temperature = 0.0,
                seed = 7,
            }, ct);
            var completion = await ReadObjectAsync(chat, "chat completion", ct);
            var answer = completion["choices"]?[0]?["message"]?["content"]?.GetValue<string>() ?? "";
            console.MarkupLineInterpolated($"[bold]6. Inference[/] via POST /api/v1/chat/completions as app.clinic-assistant → 200, {completion["usage"]?["completion_tokens"]} tokens");
            console.MarkupLineInterpolated($"   answer (a seeded toy model: the words are not meant to make sense): [grey]{Shorten(answer, 80)}[/]");
            using (var anonymous = await SendAsync(HttpMethod.Post, "v1/chat/completions", "not-a-token", new { model, messages = new[] { new { role = "user", content = "hi" } } }, ct))
            {
                console.MarkupLineInterpolated($"   the same call with a bad token → [yellow]{(int)anonymous.StatusCode}[/]");
                if (anonymous.StatusCode != HttpStatusCode.Unauthorized)
                {
                    throw new DemoException($"a bad token should get 401, got {(int)anonymous.StatusCode}");
                }
            }

            // 6. The audit chain, recomputed end to end.
            using var verify = await SendAsync(HttpMethod.Get, "audit/verify", await TokenAsync("ops.admin", AppRoles.Admin), null, ct);
            var audit = await ReadObjectAsync(verify, "audit verification", ct);
            var auditValid = audit["isValid"]?.GetValue<bool>() == true;
            console.MarkupLine($"[bold]7. Audit chain[/] {(auditValid ? "[green]intact[/]" : "[red]BROKEN[/]")}: " +
                Markup.Escape($"{audit["entriesChecked"]} entries, last hash {audit["lastHash"]?.GetValue<string>()[..16]}…"));

            ShowSummary(runId, blobName, evidence, result, auditValid);
            return auditValid;
        }

        private async Task<JsonObject> FollowAsync(string runId, string token, Func<JsonObject, bool> done, CancellationToken ct, bool quiet = false)
        {
            string? last = null;
            while (true)
            {
                using var response = await SendAsync(HttpMethod.Get, $"runs/{runId}", token, null, ct);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    // The watcher has not picked the upload up yet.
                    await Task.Delay(500, ct);
                    continue;
                }

                var run = await ReadObjectAsync(response, "run", ct);
                var line = $"{Phase(run) ?? run["runtimeStatus"]}{(run["progress"]?["detail"] is { } detail ? $" — {detail}" : "")}";
                if (!quiet && line != last)
                {
                    console.MarkupLineInterpolated($"   [grey]{DateTime.Now:HH:mm:ss}[/] {line}");
                    last = line;
                }

                if (done(run))
                {
                    return run;
                }

                await Task.Delay(500, ct);
            }
        }

        private void ShowEvidence(JsonNode evidence, string sha)
        {
            console.MarkupLineInterpolated($"[bold]3. Evidence[/] (sha256 {sha[..16]}…)");
            var masking = evidence["masking"]!;
            var byType = masking["byEntityType"]!.AsObject().OrderByDescending(p => p.Value!.GetValue<long>())
                .Select(p => $"{p.Key} {p.Value}");
            console.MarkupLineInterpolated($"   masking: {masking["totalMasked"]} values in {masking["recordsWithPii"]} of {masking["recordsWritten"]} records — {string.Join(", ", byType)}");
            var residual = evidence["residualScan"]!;
            console.MarkupLineInterpolated($"   residual scan: {residual["recordsWithFindings"]} of {residual["recordsScanned"]} records with findings (passed: {residual["passed"]})");
            var table = new Table().AddColumns("gate", "value", "threshold", "result");
            foreach (var gate in evidence["gates"]!.AsArray())
            {
                var passed = gate!["passed"]!.GetValue<bool>();
                table.AddRow(
                    Markup.Escape(gate["metric"]!.GetValue<string>()),
                    gate["value"] is { } v ? v.GetValue<double>().ToString("G4", CultureInfo.InvariantCulture) : "missing",
                    $"{(gate["comparison"]!.ToString() == "AtMost" ? "≤" : "≥")} {gate["threshold"]!.GetValue<double>().ToString("G4", CultureInfo.InvariantCulture)}",
                    passed ? "[green]pass[/]" : "[red]FAIL[/]");
            }

            console.Write(table);
        }

        private void ShowSummary(string runId, string blobName, JsonNode evidence, JsonNode result, bool auditValid)
        {
            var metrics = evidence["metrics"]!.AsObject();
            string Metric(string name) => metrics[name] is { } m ? m.GetValue<double>().ToString("G4", CultureInfo.InvariantCulture) : "n/a";
            var curve = evidence["training"]!["lossCurve"]!.AsArray().Where(p => p!["trainLoss"] is not null).ToList();
            var table = new Table().HideHeaders().AddColumns("", "");
            table.AddRow("run", Markup.Escape(runId));
            table.AddRow("dataset", Markup.Escape("datasets/" + blobName));
            table.AddRow("masked values", Markup.Escape($"{evidence["masking"]!["totalMasked"]} ({string.Join(", ", evidence["masking"]!["byEntityType"]!.AsObject().Select(p => $"{p.Key} {p.Value}"))})"));
            table.AddRow("train / eval records", $"{evidence["training"]!["trainRecords"]} / {evidence["training"]!["evalRecords"]}");
            table.AddRow("training loss", curve.Count == 0 ? "n/a" : Markup.Escape($"{curve[0]!["trainLoss"]!.GetValue<double>():F3} → {curve[^1]!["trainLoss"]!.GetValue<double>():F3} over {curve[^1]!["step"]} steps"));
            table.AddRow("eval loss base → adapter", Markup.Escape($"{Metric("base_eval_loss")} → {Metric("eval_loss")}"));
            table.AddRow("PII regurgitation base → adapter", Markup.Escape($"{Metric("base_pii_regurgitation_rate")} → {Metric("pii_regurgitation_rate")}"));
            table.AddRow("canary exposure base → adapter", Markup.Escape($"{Metric("base_canary_exposure")} → {Metric("canary_exposure")} bits ({evidence["training"]!["canaryRecords"]} planted)"));
            table.AddRow("bias gap base → adapter", Markup.Escape($"{Metric("base_bias_gap")} → {Metric("bias_gap")}"));
            table.AddRow("gates", Markup.Escape(string.Join(", ", evidence["gates"]!.AsArray().Select(g => $"{g!["metric"]} {(g["passed"]!.GetValue<bool>() ? "pass" : "FAIL")}"))));
            table.AddRow("approvals", Markup.Escape(string.Join(", ", result["approvals"]!.AsArray().Select(a => $"{a!["approver"]} at {a["decidedAt"]!.GetValue<DateTimeOffset>():HH:mm:ss}"))));
            table.AddRow("registry", Markup.Escape($"{result["modelName"]} v{result["version"]} (production)"));
            table.AddRow("audit chain", auditValid ? "[green]verified[/]" : "[red]broken[/]");
            console.Write(new Rule("[bold]Summary[/]").LeftJustified());
            console.Write(table);
        }

        private Task<string> TokenAsync(string user, string role) => stack.TokenAsync(user, [role]);

        private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            return await _http.SendAsync(request, ct);
        }

        private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response, string what, CancellationToken ct)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new DemoException($"{what}: HTTP {(int)response.StatusCode} {text}");
            }

            return JsonNode.Parse(text)?.AsObject() ?? throw new DemoException($"{what}: empty response");
        }

        private static string? Phase(JsonObject run) => run["phase"]?.GetValue<string>();

        private static string? Status(JsonObject run) => run["status"]?.GetValue<string>();

        private static string Shorten(string text, int length) =>
            new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]) is var clean && clean.Length > length ? clean[..length] + "…" : clean;
    }
}
