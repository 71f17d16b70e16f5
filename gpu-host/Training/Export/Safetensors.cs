using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Export;

/// <summary>
/// Minimal safetensors (F32) writer and reader: 8-byte little-endian header length, a JSON header mapping names to
/// dtype/shape/data_offsets, then the raw little-endian data.
/// </summary>
public static class Safetensors
{
    public static void Write(string path, IReadOnlyList<(string Name, long[] Shape, float[] Data)> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var header = new JsonObject { ["__metadata__"] = new JsonObject { ["format"] = "pt" } };
        long offset = 0;
        foreach (var (name, shape, data) in tensors)
        {
            var end = offset + (long)data.Length * sizeof(float);
            header[name] = new JsonObject
            {
                ["dtype"] = "F32",
                ["shape"] = new JsonArray(shape.Select(d => (JsonNode)d).ToArray()),
                ["data_offsets"] = new JsonArray(offset, end),
            };
            offset = end;
        }

        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        // Pad the header with spaces to 8 bytes so the data section is aligned, as the reference writer does.
        var padded = (json.Length + 7) / 8 * 8;
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream);
        w.Write((ulong)padded);
        w.Write(json);
        for (var i = json.Length; i < padded; i++)
        {
            w.Write((byte)' ');
        }

        foreach (var (_, _, data) in tensors)
        {
            w.Write(MemoryMarshal.AsBytes(data.AsSpan()));
        }
    }

    /// <summary>Reads every F32 tensor (tests and tooling).</summary>
    public static Dictionary<string, (long[] Shape, float[] Data)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BitConverter.ToUInt64(bytes, 0);
        var header = JsonNode.Parse(bytes.AsSpan(8, headerLength))!.AsObject();
        var result = new Dictionary<string, (long[], float[])>(StringComparer.Ordinal);
        foreach (var (name, node) in header)
        {
            if (name == "__metadata__" || node is null)
            {
                continue;
            }

            if ((string?)node["dtype"] != "F32")
            {
                throw new NotSupportedException($"Tensor '{name}' is {(string?)node["dtype"]}; only F32 is read.");
            }

            var shape = node["shape"]!.AsArray().Select(x => (long)x!).ToArray();
            var offsets = node["data_offsets"]!.AsArray().Select(x => (long)x!).ToArray();
            var data = MemoryMarshal.Cast<byte, float>(bytes.AsSpan((int)(8 + headerLength + offsets[0]), (int)(offsets[1] - offsets[0]))).ToArray();
            result[name] = (shape, data);
        }

        return result;
    }
}
