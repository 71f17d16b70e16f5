using System.Runtime.InteropServices;
using System.Text;

namespace Training.Gguf;

/// <summary>Builds a GGUF (v3) file: metadata in insertion order, then aligned tensor data.</summary>
public sealed class GgufWriter
{
    private readonly List<GgufMetadataEntry> _metadata = [];
    private readonly List<(string Name, long[] Dims, GgmlType Type, byte[] Data)> _tensors = [];

    public int Alignment { get; init; } = GgufFile.DefaultAlignment;

    public GgufWriter Add(string key, string value) => Put(key, GgufValueType.String, value);

    public GgufWriter Add(string key, uint value) => Put(key, GgufValueType.UInt32, value);

    public GgufWriter Add(string key, int value) => Put(key, GgufValueType.Int32, value);

    public GgufWriter Add(string key, float value) => Put(key, GgufValueType.Float32, value);

    public GgufWriter Add(string key, bool value) => Put(key, GgufValueType.Bool, value);

    public GgufWriter Add(string key, ulong value) => Put(key, GgufValueType.UInt64, value);

    public GgufWriter Add(string key, string[] values) => Put(key, GgufValueType.Array, new GgufArray(GgufValueType.String, values));

    public GgufWriter Add(string key, float[] values) => Put(key, GgufValueType.Array, new GgufArray(GgufValueType.Float32, values));

    public GgufWriter Add(string key, int[] values) => Put(key, GgufValueType.Array, new GgufArray(GgufValueType.Int32, values));

    /// <summary>Adds an entry as read from another file (keeps its exact type).</summary>
    public GgufWriter Add(GgufMetadataEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Put(entry.Key, entry.Type, entry.Value);
    }

    /// <summary>Adds an F32 tensor; <paramref name="torchShape"/> is outermost-first (row-major), as PyTorch writes it.</summary>
    public GgufWriter AddTensor(string name, ReadOnlySpan<float> data, params long[] torchShape) =>
        AddTensor(name, MemoryMarshal.AsBytes(data).ToArray(), GgmlType.F32, torchShape);

    /// <summary>Adds an F16 tensor converted from float32.</summary>
    public GgufWriter AddTensorF16(string name, ReadOnlySpan<float> data, params long[] torchShape)
    {
        var halves = new Half[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            halves[i] = (Half)data[i];
        }

        return AddTensor(name, MemoryMarshal.AsBytes(halves.AsSpan()).ToArray(), GgmlType.F16, torchShape);
    }

    /// <summary>Adds raw tensor bytes of any type.</summary>
    public GgufWriter AddTensor(string name, byte[] data, GgmlType type, params long[] torchShape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(torchShape);
        var dims = torchShape.Reverse().ToArray();
        var info = new GgufTensorInfo(name, dims, type, 0);
        if (info.ByteSize != data.Length)
        {
            throw new ArgumentException($"Tensor '{name}': {data.Length} bytes given, {info.ByteSize} expected for {type} [{string.Join(", ", torchShape)}].", nameof(data));
        }

        _tensors.Add((name, dims, type, data));
        return this;
    }

    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        // Write to a temporary name and rename, so a reader never sees a half-written model.
        var tmp = path + ".tmp";
        using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            Write(stream);
        }

        File.Move(tmp, path, overwrite: true);
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var metadata = _metadata.ToList();
        if (Alignment != GgufFile.DefaultAlignment && metadata.All(m => m.Key != "general.alignment"))
        {
            metadata.Add(new GgufMetadataEntry("general.alignment", GgufValueType.UInt32, (uint)Alignment));
        }

        w.Write(GgufFile.Magic);
        w.Write(3u);
        w.Write((ulong)_tensors.Count);
        w.Write((ulong)metadata.Count);
        foreach (var m in metadata)
        {
            WriteString(w, m.Key);
            w.Write((uint)m.Type);
            WriteValue(w, m.Type, m.Value);
        }

        long offset = 0;
        var offsets = new long[_tensors.Count];
        for (var i = 0; i < _tensors.Count; i++)
        {
            var (name, dims, type, data) = _tensors[i];
            WriteString(w, name);
            w.Write((uint)dims.Length);
            foreach (var d in dims)
            {
                w.Write((ulong)d);
            }

            w.Write((uint)type);
            w.Write((ulong)offset);
            offsets[i] = offset;
            offset = GgufFile.AlignUp(offset + data.Length, Alignment);
        }

        Pad(w, GgufFile.AlignUp(w.BaseStream.Position, Alignment) - w.BaseStream.Position);
        for (var i = 0; i < _tensors.Count; i++)
        {
            var data = _tensors[i].Data;
            w.Write(data);
            var next = i + 1 < _tensors.Count ? offsets[i + 1] : GgufFile.AlignUp(offsets[i] + data.Length, Alignment);
            Pad(w, next - offsets[i] - data.Length);
        }

        w.Flush();
    }

    private GgufWriter Put(string key, GgufValueType type, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _metadata.RemoveAll(m => m.Key == key);
        _metadata.Add(new GgufMetadataEntry(key, type, value));
        return this;
    }

    private static void Pad(BinaryWriter w, long n)
    {
        for (long i = 0; i < n; i++)
        {
            w.Write((byte)0);
        }
    }

    private static void WriteString(BinaryWriter w, string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        w.Write((ulong)bytes.Length);
        w.Write(bytes);
    }

    private static void WriteValue(BinaryWriter w, GgufValueType type, object value)
    {
        switch (type)
        {
            case GgufValueType.UInt8: w.Write(Convert.ToByte(value)); break;
            case GgufValueType.Int8: w.Write(Convert.ToSByte(value)); break;
            case GgufValueType.UInt16: w.Write(Convert.ToUInt16(value)); break;
            case GgufValueType.Int16: w.Write(Convert.ToInt16(value)); break;
            case GgufValueType.UInt32: w.Write(Convert.ToUInt32(value)); break;
            case GgufValueType.Int32: w.Write(Convert.ToInt32(value)); break;
            case GgufValueType.Float32: w.Write(Convert.ToSingle(value)); break;
            case GgufValueType.Bool: w.Write((byte)((bool)value ? 1 : 0)); break;
            case GgufValueType.String: WriteString(w, (string)value); break;
            case GgufValueType.UInt64: w.Write(Convert.ToUInt64(value)); break;
            case GgufValueType.Int64: w.Write(Convert.ToInt64(value)); break;
            case GgufValueType.Float64: w.Write(Convert.ToDouble(value)); break;
            case GgufValueType.Array:
                var array = (GgufArray)value;
                w.Write((uint)array.ElementType);
                w.Write((ulong)array.Items.Length);
                foreach (var item in array.Items)
                {
                    WriteValue(w, array.ElementType, item!);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown GGUF value type.");
        }
    }
}
