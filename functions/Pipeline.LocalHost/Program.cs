using System.CommandLine;
using Pipeline.LocalHost;
using Pipeline.LocalHost.Commands;

// The local stack's command line. Each command lives in its own class under Commands/.
// It masks datasets, so it runs with the masking hosts' fixed generation-0 budget, starting itself again to get it.
if (await FixedGen0Budget.RestartWithoutItAsync(args) is { } exitCode)
{
    return exitCode;
}

var root = new RootCommand("Private LoRA fine-tuning pipeline — local stack and tools.")
{
    UpCommand.Create(),
    DemoCommand.Create(),
    MaskCommand.Create(),
    EvaluateMaskingCommand.Create(),
    TokenCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
