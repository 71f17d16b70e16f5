using System.CommandLine;
using Spectre.Console;
using Training.Model;

namespace GpuHost.Cli;

/// <summary><c>create-tiny-model --out base.gguf [--size tiny|small] [--seed N]</c>.</summary>
internal static class CreateTinyModelCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var output = new Option<FileInfo>("--out") { Description = "Path of the GGUF file to write.", Required = true };
        var size = new Option<string>("--size") { Description = "tiny (< 2M parameters, tests), small (tens of millions, demos) or medium (~400M, GPU checks).", DefaultValueFactory = _ => "tiny" };
        size.AcceptOnlyFromAmong("tiny", "small", "medium");
        var seed = new Option<int>("--seed") { Description = "Seed of the random weights.", DefaultValueFactory = _ => 42 };
        var command = new Command("create-tiny-model", "Write a seeded Llama-architecture GGUF with a byte-level vocabulary and ChatML template.")
        {
            output, size, seed,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!.FullName;
            var options = new TinyModelOptions
            {
                Size = parse.GetValue(size) switch { "small" => TinyModelSize.Small, "medium" => TinyModelSize.Medium, _ => TinyModelSize.Tiny },
                Seed = parse.GetValue(seed),
            };
            try
            {
                var config = TinyModelFactory.Create(path, options);
                using var file = Training.Gguf.GgufFile.Open(path);
                var parameters = file.Tensors.Sum(t => t.ElementCount);
                console.MarkupLine($"[green]Wrote[/] {Markup.Escape(path)}: llama, {config.Layers} layers, dim {config.Dim}, " +
                    $"{config.Heads} heads ({config.KvHeads} kv), vocab {config.VocabSize}, ~{parameters / 1e6:F2}M parameters.");
                return ExitCodes.Success;
            }
            catch (IOException ex)
            {
                console.MarkupLine($"[red]error:[/] cannot write {Markup.Escape(path)}: {Markup.Escape(ex.Message)}");
                return ExitCodes.BadInput;
            }
            catch (UnauthorizedAccessException ex)
            {
                console.MarkupLine($"[red]error:[/] cannot write {Markup.Escape(path)}: {Markup.Escape(ex.Message)}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
