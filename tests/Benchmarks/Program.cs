// Benchmark programs. Each prints measurements and ratios taken in one run on this machine.
// Usage: dotnet run -c Release --project tests/Benchmarks -- <masking|training|inference> [options]
using Benchmarks;

var name = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
return name switch
{
    "masking" => await MaskingBenchmark.RunAsync(rest),
    "training" => TrainingBenchmark.Run(rest),
    "inference" => await InferenceBenchmark.RunAsync(rest),
    // The inference benchmark's bare LLamaSharp side, started by it as a process of its own.
    "inference-baseline" => InferenceBenchmark.RunBaseline(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Benchmarks masking [--megabytes N] [--warmup-megabytes N] [--keep] | training [--quick] | inference [--quick] [--threads N] [--size tiny|small|100m] [--sessions N] [--rounds N] [--max-tokens N] [--gpu-layers N] [--host-dll PATH]");
    return 2;
}
