using TorchSharp;
using Training.Model;
using Training.Trainer;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Training.Tests;

/// <summary>A scratch directory removed after the test class.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "training-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>Tiny models generated once per test class (seconds), shared by its tests.</summary>
public sealed class TinyModels : IDisposable
{
    private readonly TempDir _dir = new();

    public TinyModels()
    {
        torch.set_num_threads(2);
        Untied = _dir.File("tiny-untied.gguf");
        TinyModelFactory.Create(Untied, new TinyModelOptions { Seed = 7 });
        Tied = _dir.File("tiny-tied.gguf");
        TinyModelFactory.Create(Tied, new TinyModelOptions { Seed = 8, TiedOutput = true, Llama3RopeScaling = true });
    }

    /// <summary>Untied output, plain rope.</summary>
    public string Untied { get; }

    /// <summary>Tied output, Llama-3 rope_freqs.</summary>
    public string Tied { get; }

    public string File(string name) => _dir.File(name);

    /// <summary>Options for a short run on the untied tiny model over <paramref name="records"/> generated chat records.</summary>
    public TrainingOptions TrainingOptions(string name, int records = 16) => new()
    {
        BaseModelPath = Untied,
        TrainDataPath = TestData.WriteChat(File(name + ".jsonl"), records),
        OutputPath = File(name + ".gguf"),
        LearningRate = 1e-2f,
        BatchSize = 4,
        Threads = 2,
        Seed = 3,
        Lora = new LoraConfig { Rank = 4, Alpha = 8, TargetModules = ["q", "k", "v", "o", "gate", "up", "down"] },
    };

    public void Dispose() => _dir.Dispose();
}
