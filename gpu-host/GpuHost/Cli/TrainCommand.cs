using System.CommandLine;
using Spectre.Console;
using Training.Data;
using Training.Gguf;
using Training.Model;
using Training.Trainer;

namespace GpuHost.Cli;

/// <summary><c>train --base base.gguf --train train.jsonl [--eval eval.jsonl] --out adapter.gguf [...]</c> with live progress.</summary>
internal static class TrainCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var baseModel = new Option<FileInfo>("--base") { Description = "Base model GGUF (llama architecture, F32/F16/BF16).", Required = true };
        var train = new Option<FileInfo>("--train") { Description = "Training data, chat JSONL.", Required = true };
        var eval = new Option<FileInfo?>("--eval") { Description = "Validation data, chat JSONL." };
        var output = new Option<FileInfo>("--out") { Description = "Adapter GGUF to write (a PEFT copy goes to <name>.peft/).", Required = true };
        var rank = new Option<int>("--rank") { Description = "LoRA rank.", DefaultValueFactory = _ => 8 };
        var alpha = new Option<float>("--alpha") { Description = "LoRA alpha (scale = alpha / rank).", DefaultValueFactory = _ => 16f };
        var dropout = new Option<float>("--dropout") { Description = "LoRA dropout.", DefaultValueFactory = _ => 0f };
        var targets = new Option<string>("--targets") { Description = "Comma-separated modules: q,k,v,o,gate,up,down.", DefaultValueFactory = _ => "q,k,v,o" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 1 };
        var lr = new Option<float>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => 2e-4f };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per micro-batch.", DefaultValueFactory = _ => 4 };
        var accumulation = new Option<int>("--grad-accum") { Description = "Micro-batches per optimizer step.", DefaultValueFactory = _ => 1 };
        var maxLen = new Option<int?>("--max-seq-len") { Description = "Tokens per record; longer records are cut and counted." };
        var seed = new Option<int>("--seed") { Description = "Seed for adapter init, shuffling and dropout.", DefaultValueFactory = _ => 42 };
        var evalEvery = new Option<int>("--eval-every") { Description = "Validation loss every N steps.", DefaultValueFactory = _ => 50 };
        var checkpointEvery = new Option<int>("--checkpoint-every") { Description = "Checkpoint every N steps (0: off).", DefaultValueFactory = _ => 0 };
        var checkpointDir = new Option<DirectoryInfo?>("--checkpoint-dir") { Description = "Where checkpoints go (default: <out>.checkpoints/)." };
        var resume = new Option<DirectoryInfo?>("--resume") { Description = "Resume from a checkpoint folder." };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for libtorch (default: all cores)." };
        var baseWeights = new Option<string>("--base-weights") { Description = "Precision of the frozen base weights: f32, or bf16 (half the memory).", DefaultValueFactory = _ => "f32" };
        baseWeights.AcceptOnlyFromAmong("f32", "bf16");
        var recompute = new Option<bool>("--recompute-activations") { Description = "Recompute layers in the backward pass instead of keeping their activations (less memory, ~1/3 more compute)." };
        var dpNoise = new Option<double?>("--dp-noise-multiplier") { Description = "Train with DP-SGD: Gaussian noise of this many clip norms (σ); prints the (ε, δ) guarantee." };
        var dpTarget = new Option<double?>("--dp-target-epsilon") { Description = "Train with DP-SGD within this ε: the noise multiplier is calibrated for the run." };
        var dpClip = new Option<double>("--dp-clip-norm") { Description = "DP-SGD: L2 bound on each record's gradient.", DefaultValueFactory = _ => 1.0 };
        var dpDelta = new Option<double?>("--dp-delta") { Description = "DP-SGD: δ of the guarantee (default: 1 / (10 × records))." };

        var command = new Command("train", "Train a LoRA adapter on a chat JSONL dataset.")
        {
            baseModel, train, eval, output, rank, alpha, dropout, targets, epochs, lr, batchSize, accumulation, maxLen, seed,
            evalEvery, checkpointEvery, checkpointDir, resume, threads, baseWeights, recompute, dpNoise, dpTarget, dpClip, dpDelta,
        };
        command.SetAction(async (parse, ct) =>
        {
            var outPath = parse.GetValue(output)!.FullName;
            var options = new TrainingOptions
            {
                BaseModelPath = parse.GetValue(baseModel)!.FullName,
                TrainDataPath = parse.GetValue(train)!.FullName,
                EvalDataPath = parse.GetValue(eval)?.FullName,
                OutputPath = outPath,
                Lora = new LoraConfig
                {
                    Rank = parse.GetValue(rank),
                    Alpha = parse.GetValue(alpha),
                    Dropout = parse.GetValue(dropout),
                    TargetModules = parse.GetValue(targets)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                },
                Epochs = parse.GetValue(epochs),
                LearningRate = parse.GetValue(lr),
                BatchSize = parse.GetValue(batchSize),
                GradientAccumulation = parse.GetValue(accumulation),
                MaxSequenceLength = parse.GetValue(maxLen),
                Seed = parse.GetValue(seed),
                EvalEvery = Math.Max(1, parse.GetValue(evalEvery)),
                CheckpointEvery = parse.GetValue(checkpointEvery),
                CheckpointDirectory = parse.GetValue(checkpointDir)?.FullName ?? Path.ChangeExtension(outPath, null) + ".checkpoints",
                ResumeFrom = parse.GetValue(resume)?.FullName,
                Threads = parse.GetValue(threads),
                BaseWeights = parse.GetValue(baseWeights) == "bf16" ? BaseWeightPrecision.BFloat16 : BaseWeightPrecision.Float32,
                RecomputeActivations = parse.GetValue(recompute),
                Privacy = parse.GetValue(dpNoise) is not null || parse.GetValue(dpTarget) is not null
                    ? new Training.Privacy.DifferentialPrivacyOptions
                    {
                        NoiseMultiplier = parse.GetValue(dpNoise), TargetEpsilon = parse.GetValue(dpTarget), ClipNorm = parse.GetValue(dpClip), Delta = parse.GetValue(dpDelta),
                    }
                    : null,
            };
            return await RunAsync(console, options, ct);
        });
        return command;
    }

    internal static async Task<int> RunAsync(IAnsiConsole console, TrainingOptions options, CancellationToken ct)
    {
        try
        {
            // Fail on missing inputs before anything slow starts.
            foreach (var (what, path) in new[] { ("base model", options.BaseModelPath), ("training data", options.TrainDataPath), ("eval data", options.EvalDataPath) })
            {
                if (path is not null && !File.Exists(path))
                {
                    return Fail(console, $"{what} file not found: {path}");
                }
            }

            options.Validate();
            TrainingSummary? summary = null;
            var interactive = console.Profile.Capabilities.Interactive;
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    ProgressTask? task = null;
                    var startStep = 0;
                    await foreach (var e in LoraTrainer.RunAsync(options, ct))
                    {
                        switch (e)
                        {
                            case TrainingStarted s:
                                startStep = s.StartStep;
                                console.MarkupLine(
                                    $"Training {s.TrainableParameters:N0} LoRA parameters on a {s.BaseParameters / 1e6:F1}M-parameter base: " +
                                    $"{s.TrainRecords} records ({s.TruncatedRecords} truncated, {s.SkippedTooLong} skipped as too long), " +
                                    $"{s.EvalRecords} eval records, {s.TotalSteps} steps" + (s.StartStep > 0 ? $", resuming after step {s.StartStep}" : "") + $", on {s.Device} " +
                                    $"({s.BaseWeights.ToString().ToLowerInvariant()} base weights, {s.BaseWeightBytes / 1e6:F0} MB).");
                                if (s.Privacy is { } p)
                                {
                                    console.MarkupLine(FormattableString.Invariant(
                                        $"DP-SGD: (ε = {p.Epsilon:F2}, δ = {p.Delta:G3}) per record: noise multiplier {p.NoiseMultiplier}, clip norm {p.ClipNorm}, sample rate {p.SampleRate:G3}, {p.Steps} steps."));
                                }

                                task = ctx.AddTask("starting", maxValue: s.TotalSteps);
                                task.Value = s.StartStep;
                                break;
                            case StepMetrics m when task is not null:
                                var eta = m.EstimatedRemaining(m.Step - startStep);
                                task.Value = m.Step;
                                task.Description = $"step {m.Step}/{m.TotalSteps}  loss {m.Loss:F4}  acc {m.TokenAccuracy:P0}  lr {m.LearningRate:E1}  {m.TokensPerSecond:F0} tok/s  ETA {eta:hh\\:mm\\:ss}";
                                if (!interactive && (m.Step % 10 == 0 || m.Step == m.TotalSteps || m.Step == startStep + 1))
                                {
                                    // Logs (CI, containers) get plain lines; a live bar would be invisible there.
                                    console.WriteLine(task.Description);
                                }

                                break;
                            case EvalMetrics v:
                                console.MarkupLine($"  eval @ step {v.Step}: loss {v.Loss:F4}, token accuracy {v.TokenAccuracy:P1}");
                                break;
                            case CheckpointSaved c:
                                console.MarkupLine($"  checkpoint @ step {c.Step}: {Markup.Escape(c.Path)}");
                                break;
                            case TrainingCompleted done:
                                summary = done.Summary;
                                break;
                        }
                    }
                });

            var r = summary!;
            var table = new Table().AddColumns("result", "value");
            table.AddRow("steps", r.Steps.ToString());
            table.AddRow("final train loss", r.FinalLoss.ToString("F4"));
            table.AddRow("final eval loss", r.FinalEvalLoss?.ToString("F4") ?? "-");
            table.AddRow("trained tokens", r.TrainedTokens.ToString("N0"));
            table.AddRow("tokens/s", r.TokensPerSecond.ToString("F0"));
            table.AddRow("duration", r.Duration.ToString(@"hh\:mm\:ss"));
            table.AddRow("truncated / skipped records", $"{r.TruncatedRecords} / {r.SkippedTooLong}");
            table.AddRow("adapter (llama.cpp GGUF)", Markup.Escape(r.AdapterPath));
            table.AddRow("adapter (PEFT)", Markup.Escape(r.PeftDirectory ?? "-"));
            console.Write(table);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Training cancelled.[/]");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is GgufFormatException or GgufUnsupportedTensorTypeException or UnsupportedModelException or DatasetException or FileNotFoundException or ArgumentException)
        {
            return Fail(console, ex.Message);
        }
    }

    private static int Fail(IAnsiConsole console, string message)
    {
        console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return ExitCodes.BadInput;
    }
}
