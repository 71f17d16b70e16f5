using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TorchSharp;
using Training.Gguf;
using Training.Model;
using static TorchSharp.torch;

namespace Training.Export;

/// <summary>Writes a trained adapter for llama.cpp (GGUF LoRA) and for Python stacks (PEFT folder).</summary>
public static class AdapterExporter
{
    /// <summary>
    /// GGUF LoRA as llama.cpp loads it: general.type=adapter, adapter.type=lora, adapter.lora.alpha, and F32
    /// tensors &lt;base&gt;.lora_a (ggml [in, rank]) and &lt;base&gt;.lora_b (ggml [rank, out]).
    /// </summary>
    public static void WriteGguf(LoraAdapter adapter, string path, string baseModelName, IEnumerable<GgufMetadataEntry>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var w = new GgufWriter()
            .Add("general.architecture", "llama")
            .Add("general.type", "adapter")
            .Add("general.name", $"lora-{baseModelName}")
            .Add("adapter.type", "lora")
            .Add("adapter.lora.alpha", adapter.Config.Alpha)
            // Not read by llama.cpp; kept so the adapter documents how it was trained.
            .Add("training.lora.rank", (uint)adapter.Config.Rank)
            .Add("training.lora.dropout", adapter.Config.Dropout)
            .Add("training.lora.target_modules", adapter.Config.TargetModules.ToArray())
            .Add("training.base_model", baseModelName);
        foreach (var e in extra ?? [])
        {
            w.Add(e);
        }

        foreach (var name in adapter.TargetNames)
        {
            var (a, b) = adapter[name];
            w.AddTensor(name + ".lora_a", ToArray(a), a.shape);
            w.AddTensor(name + ".lora_b", ToArray(b), b.shape);
        }

        w.Write(path);
    }

    /// <summary>Reads an adapter written by <see cref="WriteGguf"/> (used to resume from checkpoints).</summary>
    public static LoraAdapter ReadGguf(string path, Device? device = null)
    {
        using var f = GgufFile.Open(path);
        if (f.GetString("general.type") != "adapter" || f.GetString("adapter.type") != "lora")
        {
            throw new GgufFormatException($"'{path}' is not a LoRA adapter (general.type={f.GetString("general.type")}).");
        }

        var modules = f.GetArray("training.lora.target_modules")?.Items as string[] ?? ["q", "k", "v", "o"];
        var tensors = new List<(string, Tensor, Tensor)>();
        try
        {
            foreach (var ta in f.Tensors.Where(t => t.Name.EndsWith(".lora_a", StringComparison.Ordinal)))
            {
                var baseName = ta.Name[..^".lora_a".Length];
                var tb = f.GetTensor(baseName + ".lora_b");
                tensors.Add((baseName, tensor(f.ReadFloat32(ta), ta.TorchShape), tensor(f.ReadFloat32(tb), tb.TorchShape)));
            }

            var rank = (int)tensors[0].Item2.shape[0];
            var config = new LoraConfig
            {
                Rank = rank,
                Alpha = (float)(f.GetFloat("adapter.lora.alpha") ?? rank),
                Dropout = (float)(f.GetFloat("training.lora.dropout") ?? 0),
                TargetModules = modules,
            };
            return LoraAdapter.FromTensors(config, tensors, device);
        }
        finally
        {
            foreach (var (_, a, b) in tensors)
            {
                a.Dispose();
                b.Dispose();
            }
        }
    }

    /// <summary>
    /// PEFT folder: adapter_config.json + adapter_model.safetensors with Hugging Face module names. q/k lora_B rows
    /// are permuted back from llama.cpp's rotary layout to Hugging Face's (the inverse of the GGUF converter's permute),
    /// so the PEFT adapter applies to the original HF checkpoint.
    /// </summary>
    public static void WritePeft(LoraAdapter adapter, LlamaConfig model, string directory, string baseModelName)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(directory);
        var tensors = new List<(string Name, long[] Shape, float[] Data)>();
        foreach (var name in adapter.TargetNames)
        {
            var parts = name.Split('.');
            var layer = parts[1];
            var (hfModule, heads) = parts[2] switch
            {
                "attn_q" => ("self_attn.q_proj", model.Heads),
                "attn_k" => ("self_attn.k_proj", model.KvHeads),
                "attn_v" => ("self_attn.v_proj", 0),
                "attn_output" => ("self_attn.o_proj", 0),
                "ffn_gate" => ("mlp.gate_proj", 0),
                "ffn_up" => ("mlp.up_proj", 0),
                "ffn_down" => ("mlp.down_proj", 0),
                _ => throw new InvalidOperationException($"Unexpected adapter target '{name}'."),
            };
            var (a, b) = adapter[name];
            using var scope = NewDisposeScope();
            var bHf = heads > 0 ? b.reshape(heads, model.HeadDim / 2, 2, -1).transpose(1, 2).reshape(b.shape) : b;
            var prefix = $"base_model.model.model.layers.{layer}.{hfModule}";
            tensors.Add(($"{prefix}.lora_A.weight", a.shape, ToArray(a)));
            tensors.Add(($"{prefix}.lora_B.weight", b.shape, ToArray(bHf)));
        }

        Safetensors.Write(Path.Combine(directory, "adapter_model.safetensors"), tensors);
        var config = new JsonObject
        {
            ["peft_type"] = "LORA",
            ["task_type"] = "CAUSAL_LM",
            ["base_model_name_or_path"] = baseModelName,
            ["r"] = adapter.Config.Rank,
            ["lora_alpha"] = adapter.Config.Alpha,
            ["lora_dropout"] = adapter.Config.Dropout,
            ["target_modules"] = new JsonArray(adapter.Config.TargetModules.Select(m => (JsonNode)PeftModule(m)).ToArray()),
            ["bias"] = "none",
            ["fan_in_fan_out"] = false,
            ["inference_mode"] = true,
        };
        File.WriteAllText(Path.Combine(directory, "adapter_config.json"), config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), Encoding.UTF8);
    }

    public static string PeftModule(string shortName) => shortName switch
    {
        "q" => "q_proj",
        "k" => "k_proj",
        "v" => "v_proj",
        "o" => "o_proj",
        "gate" => "gate_proj",
        "up" => "up_proj",
        "down" => "down_proj",
        _ => throw new ArgumentException($"Unknown module '{shortName}'.", nameof(shortName)),
    };

    internal static float[] ToArray(Tensor t) => t.detach().contiguous().cpu().to(ScalarType.Float32).data<float>().ToArray();
}
