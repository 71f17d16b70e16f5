using GpuHost.Cli;

// Commands: serve (default: the ASP.NET Core service), create-tiny-model, train, dev-token.
return await GpuHostCommandLine.InvokeAsync(args);

/// <summary>The entry point type (WebApplicationFactory&lt;Program&gt; in tests).</summary>
public partial class Program;
