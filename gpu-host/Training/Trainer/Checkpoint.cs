using Training.Export;
using Training.Gguf;
using Training.Model;

namespace Training.Trainer;

/// <summary>
/// A resumable snapshot: adapter.gguf (the adapter so far, loadable by llama.cpp) and optimizer.gguf (AdamW moments,
/// update count and the data position, i.e. the optimizer step the run has completed).
/// </summary>
internal static class Checkpoint
{
    public static string Save(string directory, int step, int totalSteps, LoraAdapter adapter, AdamW optimizer, string baseModelName, int seed)
    {
        var final = Path.Combine(directory, $"checkpoint-{step:D6}");
        var tmp = final + ".tmp";
        if (Directory.Exists(tmp))
        {
            Directory.Delete(tmp, recursive: true);
        }

        Directory.CreateDirectory(tmp);
        AdapterExporter.WriteGguf(adapter, Path.Combine(tmp, "adapter.gguf"), baseModelName);
        var w = new GgufWriter()
            .Add("general.type", "training-checkpoint")
            .Add("training.step", (uint)step)
            .Add("training.seed", seed)
            .Add("training.total_steps", (uint)totalSteps)
            .Add("training.adam.steps", (ulong)optimizer.StepCount);
        foreach (var (name, m, v) in optimizer.State)
        {
            w.AddTensor(name + ".adam_m", AdapterExporter.ToArray(m), m.shape);
            w.AddTensor(name + ".adam_v", AdapterExporter.ToArray(v), v.shape);
        }

        w.Write(Path.Combine(tmp, "optimizer.gguf"));
        // Rename last: a crash mid-write leaves a .tmp folder, never a half checkpoint under the final name.
        if (Directory.Exists(final))
        {
            Directory.Delete(final, recursive: true);
        }

        Directory.Move(tmp, final);
        return final;
    }

    public static (LoraAdapter Adapter, int Step, int Seed, int TotalSteps, long AdamSteps, Dictionary<string, (float[] M, float[] V)> Moments) Load(string directory, TorchSharp.torch.Device device)
    {
        var adapterPath = Path.Combine(directory, "adapter.gguf");
        var optimizerPath = Path.Combine(directory, "optimizer.gguf");
        if (!File.Exists(adapterPath) || !File.Exists(optimizerPath))
        {
            throw new FileNotFoundException($"'{directory}' is not a checkpoint (adapter.gguf and optimizer.gguf expected).");
        }

        var adapter = AdapterExporter.ReadGguf(adapterPath, device);
        using var f = GgufFile.Open(optimizerPath);
        var moments = new Dictionary<string, (float[], float[])>(StringComparer.Ordinal);
        foreach (var t in f.Tensors.Where(t => t.Name.EndsWith(".adam_m", StringComparison.Ordinal)))
        {
            var name = t.Name[..^".adam_m".Length];
            moments[name] = (f.ReadFloat32(t), f.ReadFloat32(f.GetTensor(name + ".adam_v")));
        }

        return (adapter, (int)(f.GetInteger("training.step") ?? 0), (int)(f.GetInteger("training.seed") ?? 0),
            (int)(f.GetInteger("training.total_steps") ?? 0), f.GetInteger("training.adam.steps") ?? 0, moments);
    }
}
