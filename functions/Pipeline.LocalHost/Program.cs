using System.CommandLine;
using Pipeline.LocalHost.Commands;

// The local stack's command line. Each command lives in its own class under Commands/.
var root = new RootCommand("Private LoRA fine-tuning pipeline — local stack and tools.")
{
    UpCommand.Create(),
    DemoCommand.Create(),
    MaskCommand.Create(),
    TokenCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
