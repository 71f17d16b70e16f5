using Training.Gguf;
using Training.Model;

namespace Training.Tests;

public sealed class GgufTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WriteSample(Action<GgufWriter>? extra = null)
    {
        var w = new GgufWriter()
            .Add("general.architecture", "llama")
            .Add("answer", 42u)
            .Add("pi", 3.25f)
            .Add("flag", true)
            .Add("names", new[] { "a", "bé", "" })
            .Add("numbers", new[] { 1, -2, 3 })
            .AddTensor("f32", new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3)
            .AddTensorF16("f16", new float[] { 0.5f, -1.25f, 2f, 1024f }, 4);
        var bf16 = new float[] { 1.5f, -3f, 0.15625f }.SelectMany(f => BitConverter.GetBytes((ushort)(BitConverter.SingleToInt32Bits(f) >> 16))).ToArray();
        w.AddTensor("bf16", bf16, GgmlType.BF16, 3);
        extra?.Invoke(w);
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".gguf");
        w.Write(path);
        return path;
    }

    [Fact]
    public void RoundTrip_PreservesMetadataTensorsAndValues()
    {
        var path = WriteSample();

        using var f = GgufFile.Open(path);

        Assert.Equal(3u, f.Version);
        Assert.Equal("llama", f.GetString("general.architecture"));
        Assert.Equal(42, f.GetInteger("answer"));
        Assert.Equal(3.25, f.GetFloat("pi"));
        Assert.True(f.GetBool("flag"));
        Assert.Equal(new[] { "a", "bé", "" }, (string[])f.GetArray("names")!.Items);
        Assert.Equal(new[] { 1, -2, 3 }, (int[])f.GetArray("numbers")!.Items);
        var t = f.GetTensor("f32");
        Assert.Equal(new long[] { 3, 2 }, t.Dimensions); // ggml order: innermost first
        Assert.Equal(new long[] { 2, 3 }, t.TorchShape);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, f.ReadFloat32(t));
        Assert.Equal(new float[] { 0.5f, -1.25f, 2f, 1024f }, f.ReadFloat32(f.GetTensor("f16")));
        Assert.Equal(new float[] { 1.5f, -3f, 0.15625f }, f.ReadFloat32(f.GetTensor("bf16")));
        Assert.All(f.Tensors, x => Assert.Equal(0, (f.DataOffset + x.Offset) % f.Alignment));
    }

    [Fact]
    public void Open_TruncatedFile_ReportsTruncation()
    {
        var path = WriteSample();
        var bytes = File.ReadAllBytes(path);
        var cut = _dir.File("cut.gguf");

        foreach (var length in new[] { 0, 10, 30, bytes.Length / 2, bytes.Length - 30 }) // the last 26 bytes are alignment padding
        {
            File.WriteAllBytes(cut, bytes[..length]);
            var ex = Assert.Throws<GgufFormatException>(() => GgufFile.Open(cut));
            Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Open_BadMagic_SaysNotGguf()
    {
        var path = _dir.File("text.gguf");
        File.WriteAllText(path, "this is certainly not a model file, just some text");

        var ex = Assert.Throws<GgufFormatException>(() => GgufFile.Open(path));

        Assert.Contains("not a GGUF file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptCountsOrTypes_GivesSpecificError()
    {
        var bytes = File.ReadAllBytes(WriteSample());
        var bad = _dir.File("bad.gguf");

        var huge = (byte[])bytes.Clone();
        BitConverter.GetBytes(ulong.MaxValue / 2).CopyTo(huge, 8); // tensor count
        File.WriteAllBytes(bad, huge);
        Assert.Contains("corrupt", Assert.Throws<GgufFormatException>(() => GgufFile.Open(bad)).Message, StringComparison.Ordinal);

        var badType = (byte[])bytes.Clone();
        // First metadata entry: key length (8) + "general.architecture" (20) after the 24-byte header, then its type.
        BitConverter.GetBytes(77u).CopyTo(badType, 24 + 8 + 20);
        File.WriteAllBytes(bad, badType);
        Assert.Contains("invalid value type 77", Assert.Throws<GgufFormatException>(() => GgufFile.Open(bad)).Message, StringComparison.Ordinal);

        var badVersion = (byte[])bytes.Clone();
        BitConverter.GetBytes(9u).CopyTo(badVersion, 4);
        File.WriteAllBytes(bad, badVersion);
        Assert.Contains("version 9", Assert.Throws<GgufFormatException>(() => GgufFile.Open(bad)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => GgufFile.Open(_dir.File("nope.gguf")));
    }

    [Fact]
    public void ReadFloat32_QuantisedTensor_ExplainsTrainingNeedsFloatWeights()
    {
        var path = WriteSample(w => w.AddTensor("q8", new byte[34], GgmlType.Q8_0, 32));
        using var f = GgufFile.Open(path);

        var ex = Assert.Throws<GgufUnsupportedTensorTypeException>(() => f.ReadFloat32(f.GetTensor("q8")));

        Assert.Contains("Q8_0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("F16", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TinyModel_IsUnder2MParameters_AndSeeded()
    {
        var a = _dir.File("a.gguf");
        var b = _dir.File("b.gguf");
        var c = _dir.File("c.gguf");

        TinyModelFactory.Create(a, new TinyModelOptions { Seed = 1 });
        TinyModelFactory.Create(b, new TinyModelOptions { Seed = 1 });
        TinyModelFactory.Create(c, new TinyModelOptions { Seed = 2 });

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
        using var f = GgufFile.Open(a);
        var parameters = f.Tensors.Sum(t => t.ElementCount);
        Assert.InRange(parameters, 100_000, 2_000_000);
        Assert.Equal(GgufValueType.Bool, f.Metadata["tokenizer.ggml.add_bos_token"].Type);
        Assert.Equal("llama", LlamaConfig.FromGguf(f) is { Layers: 2 } ? f.GetString("general.architecture") : null);
    }

    [Fact]
    public void Config_OtherArchitecture_IsRejectedByName()
    {
        var path = _dir.File("qwen.gguf");
        new GgufWriter().Add("general.architecture", "qwen2").Write(path);
        using var f = GgufFile.Open(path);

        var ex = Assert.Throws<UnsupportedModelException>(() => LlamaConfig.FromGguf(f));

        Assert.Contains("'qwen2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RandomlyDamagedFiles_FailOnlyWithFormatErrors()
    {
        var original = File.ReadAllBytes(WriteSample());
        var damaged = _dir.File("damaged.gguf");
        var rng = new Random(1234);
        var failures = 0;

        for (var i = 0; i < 400; i++)
        {
            var bytes = (byte[])original.Clone();
            // Damage the header/metadata/tensor-info region, where a parser can go wrong; data bytes are opaque.
            for (var k = rng.Next(1, 4); k > 0; k--)
            {
                bytes[rng.Next(4, 400)] = (byte)rng.Next(256);
            }

            File.WriteAllBytes(damaged, i % 5 == 0 ? bytes[..rng.Next(1, bytes.Length)] : bytes);
            try
            {
                using var f = GgufFile.Open(damaged);
                foreach (var t in f.Tensors.Where(t => GgmlTypeInfo.IsTrainable(t.Type)))
                {
                    _ = f.ReadFloat32(t);
                }
            }
            catch (GgufFormatException)
            {
                failures++;
            }
        }

        // Anything else (IndexOutOfRange, Overflow, access violations) would have failed the test above.
        Assert.InRange(failures, 50, 400);
    }
}
