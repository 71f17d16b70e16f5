using GpuHost.Cli;

// Commands: create-tiny-model, train (a later `serve` command hosts the inference/jobs API).
return await GpuHostCommandLine.InvokeAsync(args);
