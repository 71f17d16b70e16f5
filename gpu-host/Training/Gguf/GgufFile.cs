using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;

namespace Training.Gguf;

/// <summary>
/// A GGUF file opened read-only through a memory map: metadata and tensor headers are parsed eagerly,
/// tensor data is read from the map on demand so an 8B base model is never copied into managed memory.
/// </summary>
public sealed unsafe class GgufFile : IDisposable
{
    /// <summary>"GGUF" read as a little-endian uint32.</summary>
    public const uint Magic = 0x46554747;
    public const int DefaultAlignment = 32;

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly Dictionary<string, GgufMetadataEntry> _metadata;
    private readonly Dictionary<string, GgufTensorInfo> _tensorsByName;
    private bool _disposed;

    private GgufFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, byte* basePtr, long length)
    {
        Path = path;
        _map = map;
        _view = view;
        _base = basePtr;
        Length = length;
        _metadata = new Dictionary<string, GgufMetadataEntry>(StringComparer.Ordinal);
        _tensorsByName = new Dictionary<string, GgufTensorInfo>(StringComparer.Ordinal);
    }

    public string Path { get; }

    public long Length { get; }

    public uint Version { get; private set; }

    public int Alignment { get; private set; } = DefaultAlignment;

    /// <summary>Absolute file offset where the tensor data section starts.</summary>
    public long DataOffset { get; private set; }

    public IReadOnlyDictionary<string, GgufMetadataEntry> Metadata => _metadata;

    /// <summary>Tensors in file order.</summary>
    public IReadOnlyList<GgufTensorInfo> Tensors { get; private set; } = [];

    /// <summary>Opens and validates <paramref name="path"/>; throws <see cref="GgufFormatException"/> for invalid files.</summary>
    public static GgufFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GGUF file not found: {path}", path);
        }

        var length = new FileInfo(path).Length;
        if (length < 24)
        {
            // An empty file cannot even be mapped; anything under the fixed header is truncated.
            throw new GgufFormatException($"'{path}' is not a GGUF file: {length} bytes is shorter than the 24-byte GGUF header (truncated?).");
        }

        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        GgufFile file;
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* ptr = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref ptr);
            file = new GgufFile(path, map, view, ptr + view.PointerOffset, length);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }

        try
        {
            file.Parse();
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public bool TryGetTensor(string name, out GgufTensorInfo info) =>
        _tensorsByName.TryGetValue(name, out info!);

    public GgufTensorInfo GetTensor(string name) =>
        _tensorsByName.TryGetValue(name, out var t)
            ? t
            : throw new GgufFormatException($"'{Path}' has no tensor named '{name}'.");

    /// <summary>Raw bytes of a tensor straight from the map (valid until the file is disposed).</summary>
    public ReadOnlySpan<byte> GetTensorBytes(GgufTensorInfo tensor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (tensor.ByteSize > int.MaxValue)
        {
            throw new NotSupportedException($"Tensor '{tensor.Name}' is {tensor.ByteSize} bytes; use {nameof(CopyTensorBytes)} for tensors over 2 GiB.");
        }

        return new ReadOnlySpan<byte>(_base + DataOffset + tensor.Offset, (int)tensor.ByteSize);
    }

    /// <summary>A tensor's bytes as a window that can be sliced below 2 GiB pieces (any tensor size).</summary>
    public MappedRange GetTensorRange(GgufTensorInfo tensor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new MappedRange(_base + DataOffset + tensor.Offset, tensor.ByteSize);
    }

    /// <summary>Copies a tensor's raw bytes to native memory (any size).</summary>
    public void CopyTensorBytes(GgufTensorInfo tensor, IntPtr destination, long destinationBytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (destinationBytes < tensor.ByteSize)
        {
            throw new ArgumentException("Destination too small.", nameof(destinationBytes));
        }

        Buffer.MemoryCopy(_base + DataOffset + tensor.Offset, (void*)destination, destinationBytes, tensor.ByteSize);
    }

    /// <summary>Decodes an F32/F16/BF16 tensor to float32.</summary>
    public float[] ReadFloat32(GgufTensorInfo tensor)
    {
        var bytes = GetTensorBytes(tensor);
        var result = new float[tensor.ElementCount];
        switch (tensor.Type)
        {
            case GgmlType.F32:
                MemoryMarshal.Cast<byte, float>(bytes).CopyTo(result);
                break;
            case GgmlType.F16:
                var halves = MemoryMarshal.Cast<byte, Half>(bytes);
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = (float)halves[i];
                }

                break;
            case GgmlType.BF16:
                var raw = MemoryMarshal.Cast<byte, ushort>(bytes);
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = BitConverter.Int32BitsToSingle(raw[i] << 16);
                }

                break;
            default:
                throw UnsupportedType(tensor);
        }

        return result;
    }

    internal GgufUnsupportedTensorTypeException UnsupportedType(GgufTensorInfo tensor) =>
        new($"Tensor '{tensor.Name}' in '{Path}' is {tensor.Type}; training needs F32, F16 or BF16 weights. " +
            "Quantised models can serve inference but not LoRA training: use the unquantised (F16/BF16) GGUF of the same model.");

    public string? GetString(string key) => _metadata.TryGetValue(key, out var e) && e.Value is string s ? s : null;

    public bool? GetBool(string key) => _metadata.TryGetValue(key, out var e) && e.Value is bool b ? b : null;

    /// <summary>Reads any integer-typed metadata value as long.</summary>
    public long? GetInteger(string key) =>
        _metadata.TryGetValue(key, out var e)
            ? e.Value switch
            {
                byte v => v,
                sbyte v => v,
                ushort v => v,
                short v => v,
                uint v => v,
                int v => v,
                ulong v => checked((long)v),
                long v => v,
                _ => null,
            }
            : null;

    /// <summary>Reads a float or integer metadata value as double.</summary>
    public double? GetFloat(string key) =>
        _metadata.TryGetValue(key, out var e)
            ? e.Value switch
            {
                float v => v,
                double v => v,
                _ => GetInteger(key),
            }
            : null;

    public GgufArray? GetArray(string key) => _metadata.TryGetValue(key, out var e) ? e.Value as GgufArray : null;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }

    private void Parse()
    {
        var r = new Reader(_base, Length, Path);
        var magic = r.U32("magic");
        if (magic != Magic)
        {
            throw new GgufFormatException($"'{Path}' is not a GGUF file (magic 0x{magic:X8}, expected 0x{Magic:X8} \"GGUF\").");
        }

        Version = r.U32("version");
        if (Version is < 2 or > 3)
        {
            throw new GgufFormatException($"'{Path}' has GGUF version {Version}; versions 2 and 3 are supported.");
        }

        var tensorCount = r.U64("tensor count");
        var kvCount = r.U64("metadata count");
        // Each entry needs at least a few bytes: counts beyond the file size are corruption, not huge models.
        if (tensorCount > (ulong)Length / 8 || kvCount > (ulong)Length / 8)
        {
            throw new GgufFormatException($"'{Path}' is truncated or corrupt: header claims {tensorCount} tensors and {kvCount} metadata entries in {Length} bytes.");
        }

        for (ulong i = 0; i < kvCount; i++)
        {
            var key = r.String("metadata key");
            var type = (GgufValueType)r.U32($"type of '{key}'");
            var value = r.Value(type, key, depth: 0);
            _metadata[key] = new GgufMetadataEntry(key, type, value);
        }

        if (GetInteger("general.alignment") is { } align)
        {
            if (align <= 0 || align > 1 << 20 || (align & (align - 1)) != 0)
            {
                throw new GgufFormatException($"'{Path}' is corrupt: general.alignment={align} is not a power of two.");
            }

            Alignment = (int)align;
        }

        var tensors = new List<GgufTensorInfo>((int)tensorCount);
        for (ulong i = 0; i < tensorCount; i++)
        {
            var name = r.String("tensor name");
            var nDims = r.U32($"dimension count of '{name}'");
            if (nDims is 0 or > 4)
            {
                throw new GgufFormatException($"'{Path}' is corrupt: tensor '{name}' has {nDims} dimensions (1-4 allowed).");
            }

            var dims = new long[nDims];
            for (var d = 0; d < nDims; d++)
            {
                var v = r.U64($"dimension of '{name}'");
                if (v == 0 || v > (ulong)Length * 8)
                {
                    throw new GgufFormatException($"'{Path}' is corrupt: tensor '{name}' has dimension {v}.");
                }

                dims[d] = (long)v;
            }

            var type = (GgmlType)r.U32($"type of '{name}'");
            var offset = r.U64($"offset of '{name}'");
            var info = new GgufTensorInfo(name, dims, type, (long)Math.Min(offset, long.MaxValue));
            if (!_tensorsByName.TryAdd(name, info))
            {
                throw new GgufFormatException($"'{Path}' is corrupt: tensor '{name}' appears twice.");
            }

            tensors.Add(info);
        }

        DataOffset = AlignUp(r.Position, Alignment);
        Tensors = tensors;
        foreach (var t in tensors)
        {
            if (GgmlTypeInfo.Geometry(t.Type) is not { } g)
            {
                throw new GgufFormatException($"'{Path}': tensor '{t.Name}' has unknown ggml type {(uint)t.Type}.");
            }

            if (t.Dimensions[0] % g.BlockSize != 0)
            {
                throw new GgufFormatException($"'{Path}' is corrupt: tensor '{t.Name}' row of {t.Dimensions[0]} is not a multiple of the {t.Type} block size {g.BlockSize}.");
            }

            if (t.Offset % Alignment != 0)
            {
                throw new GgufFormatException($"'{Path}' is corrupt: tensor '{t.Name}' offset {t.Offset} is not aligned to {Alignment}.");
            }

            var end = DataOffset + t.Offset + t.ByteSize;
            if (end > Length || end < DataOffset)
            {
                throw new GgufFormatException(
                    $"'{Path}' is truncated: tensor '{t.Name}' needs bytes up to {end} but the file has {Length}.");
            }
        }
    }

    internal static long AlignUp(long value, int alignment) => (value + alignment - 1) / alignment * alignment;

    /// <summary>Bounds-checked cursor over the mapped header; every read names what it was reading.</summary>
    private ref struct Reader(byte* basePtr, long length, string path)
    {
        private readonly byte* _p = basePtr;
        private readonly long _length = length;
        private readonly string _path = path;

        public long Position { get; private set; }

        private byte* Take(long n, string what)
        {
            if (n < 0 || Position + n > _length)
            {
                throw new GgufFormatException($"'{_path}' is truncated: reading {what} at byte {Position} needs {n} bytes but the file has {_length}.");
            }

            var at = _p + Position;
            Position += n;
            return at;
        }

        public uint U32(string what) => *(uint*)Take(4, what);

        public ulong U64(string what) => *(ulong*)Take(8, what);

        public string String(string what, bool strict = true)
        {
            var len = U64($"length of {what}");
            if (len > int.MaxValue)
            {
                throw new GgufFormatException($"'{_path}' is corrupt: {what} claims {len} bytes.");
            }

            var bytes = Take((long)len, what);
            if (!strict)
            {
                // Some published vocabularies carry byte pieces that are not valid UTF-8 on their own.
                return Encoding.UTF8.GetString(bytes, (int)len);
            }

            try
            {
                return Utf8Strict.GetString(bytes, (int)len);
            }
            catch (DecoderFallbackException ex)
            {
                throw new GgufFormatException($"'{_path}' is corrupt: {what} at byte {Position - (long)len} is not valid UTF-8.", ex);
            }
        }

        public object Value(GgufValueType type, string key, int depth) => type switch
        {
            GgufValueType.UInt8 => *Take(1, key),
            GgufValueType.Int8 => *(sbyte*)Take(1, key),
            GgufValueType.UInt16 => *(ushort*)Take(2, key),
            GgufValueType.Int16 => *(short*)Take(2, key),
            GgufValueType.UInt32 => *(uint*)Take(4, key),
            GgufValueType.Int32 => *(int*)Take(4, key),
            GgufValueType.Float32 => *(float*)Take(4, key),
            GgufValueType.Bool => Bool(key),
            GgufValueType.String => String($"value of '{key}'", strict: false),
            GgufValueType.UInt64 => *(ulong*)Take(8, key),
            GgufValueType.Int64 => *(long*)Take(8, key),
            GgufValueType.Float64 => *(double*)Take(8, key),
            GgufValueType.Array when depth == 0 => Array(key),
            _ => throw new GgufFormatException($"'{_path}' is corrupt: metadata '{key}' has invalid value type {(uint)type}."),
        };

        private bool Bool(string key)
        {
            var b = *Take(1, key);
            return b switch
            {
                0 => false,
                1 => true,
                _ => throw new GgufFormatException($"'{_path}' is corrupt: bool '{key}' has byte value {b}."),
            };
        }

        private GgufArray Array(string key)
        {
            var elementType = (GgufValueType)U32($"element type of '{key}'");
            var count = U64($"element count of '{key}'");
            if (count > (ulong)(_length - Position))
            {
                throw new GgufFormatException($"'{_path}' is truncated or corrupt: array '{key}' claims {count} elements.");
            }

            var n = (int)count;
            System.Array items = elementType switch
            {
                GgufValueType.UInt8 => Read<byte>(n, key),
                GgufValueType.Int8 => Read<sbyte>(n, key),
                GgufValueType.UInt16 => Read<ushort>(n, key),
                GgufValueType.Int16 => Read<short>(n, key),
                GgufValueType.UInt32 => Read<uint>(n, key),
                GgufValueType.Int32 => Read<int>(n, key),
                GgufValueType.Float32 => Read<float>(n, key),
                GgufValueType.UInt64 => Read<ulong>(n, key),
                GgufValueType.Int64 => Read<long>(n, key),
                GgufValueType.Float64 => Read<double>(n, key),
                GgufValueType.Bool => ReadBools(n, key),
                GgufValueType.String => ReadStrings(n, key),
                _ => throw new GgufFormatException($"'{_path}' is corrupt: array '{key}' has invalid element type {(uint)elementType}."),
            };
            return new GgufArray(elementType, items);
        }

        private T[] Read<T>(int n, string key)
            where T : unmanaged
        {
            var src = Take((long)n * sizeof(T), key);
            return new ReadOnlySpan<T>(src, n).ToArray();
        }

        private bool[] ReadBools(int n, string key)
        {
            var result = new bool[n];
            for (var i = 0; i < n; i++)
            {
                result[i] = Bool(key);
            }

            return result;
        }

        private string[] ReadStrings(int n, string key)
        {
            var result = new string[n];
            for (var i = 0; i < n; i++)
            {
                result[i] = String($"element {i} of '{key}'", strict: false);
            }

            return result;
        }
    }

    /// <summary>A byte range inside the map; valid while the file is open.</summary>
    public readonly struct MappedRange
    {
        private readonly byte* _start;

        internal MappedRange(byte* start, long length)
        {
            _start = start;
            Length = length;
        }

        public long Length { get; }

        public ReadOnlySpan<byte> Slice(long offset, long length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Math.Min(int.MaxValue, Length - offset));
            return new ReadOnlySpan<byte>(_start + offset, (int)length);
        }
    }

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
