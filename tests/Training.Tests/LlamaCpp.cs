using LLama;
using LLama.Common;
using LLama.Native;

namespace Training.Tests;

/// <summary>Independent reference: llama.cpp (through LLamaSharp) computing logits for the same GGUF.</summary>
internal static class LlamaCpp
{
    /// <summary>Logits for every position of <paramref name="tokens"/>, optionally with a LoRA adapter applied.</summary>
    public static float[][] Logits(string modelPath, IReadOnlyList<int> tokens, string? loraPath = null, float loraScale = 1f)
    {
        LlamaCppRuntime.EnsureConfigured();
        var p = new ModelParams(modelPath)
        {
            ContextSize = 256,
            GpuLayerCount = 0,
            // F32 KV cache: the default F16 cache alone would add ~1e-3 of rounding to the comparison.
            TypeK = GGMLType.GGML_TYPE_F32,
            TypeV = GGMLType.GGML_TYPE_F32,
            // llama.cpp's CPU flash attention rounds through F16 (~1e-3 logit error); the plain path is exact F32.
            FlashAttention = false,
            Threads = 2,
            BatchThreads = 2,
        };
        using var weights = LLamaWeights.LoadFromFile(p);
        using var ctx = weights.CreateContext(p);
        LoraAdapter? lora = null;
        if (loraPath is not null)
        {
            lora = weights.NativeHandle.LoadLoraFromFile(loraPath);
            ctx.NativeHandle.SetLoraAdapters([(lora, loraScale)]);
        }

        var batch = new LLamaBatch();
        for (var i = 0; i < tokens.Count; i++)
        {
            batch.Add((LLamaToken)tokens[i], i, LLamaSeqId.Zero, true);
        }

        var rc = ctx.NativeHandle.Decode(batch);
        if (rc != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"llama_decode failed: {rc}");
        }

        var result = new float[tokens.Count][];
        for (var i = 0; i < tokens.Count; i++)
        {
            result[i] = ctx.NativeHandle.GetLogitsIth(i).ToArray();
        }

        lora?.Unload();
        return result;
    }
}
