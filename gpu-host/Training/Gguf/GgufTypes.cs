namespace Training.Gguf;

/// <summary>Metadata value types of the GGUF format (version 3).</summary>
public enum GgufValueType : uint
{
    UInt8 = 0,
    Int8 = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
    Int64 = 11,
    Float64 = 12,
}

/// <summary>ggml tensor element types, numbered as in ggml.h.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "Names mirror ggml's type names so errors match llama.cpp tools.")]
public enum GgmlType : uint
{
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q8_1 = 9,
    Q2_K = 10,
    Q3_K = 11,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    Q8_K = 15,
    IQ2_XXS = 16,
    IQ2_XS = 17,
    IQ3_XXS = 18,
    IQ1_S = 19,
    IQ4_NL = 20,
    IQ3_S = 21,
    IQ2_S = 22,
    IQ4_XS = 23,
    I8 = 24,
    I16 = 25,
    I32 = 26,
    I64 = 27,
    F64 = 28,
    IQ1_M = 29,
    BF16 = 30,
    TQ1_0 = 34,
    TQ2_0 = 35,
}

/// <summary>Block geometry of ggml types, used to size tensor data without decoding it.</summary>
public static class GgmlTypeInfo
{
    /// <summary>Elements per block and bytes per block; null for a type this reader does not know.</summary>
    public static (int BlockSize, int TypeSize)? Geometry(GgmlType type) => type switch
    {
        GgmlType.F32 => (1, 4),
        GgmlType.F16 => (1, 2),
        GgmlType.BF16 => (1, 2),
        GgmlType.F64 => (1, 8),
        GgmlType.I8 => (1, 1),
        GgmlType.I16 => (1, 2),
        GgmlType.I32 => (1, 4),
        GgmlType.I64 => (1, 8),
        GgmlType.Q4_0 => (32, 18),
        GgmlType.Q4_1 => (32, 20),
        GgmlType.Q5_0 => (32, 22),
        GgmlType.Q5_1 => (32, 24),
        GgmlType.Q8_0 => (32, 34),
        GgmlType.Q8_1 => (32, 36),
        GgmlType.Q2_K => (256, 84),
        GgmlType.Q3_K => (256, 110),
        GgmlType.Q4_K => (256, 144),
        GgmlType.Q5_K => (256, 176),
        GgmlType.Q6_K => (256, 210),
        GgmlType.Q8_K => (256, 292),
        GgmlType.IQ2_XXS => (256, 66),
        GgmlType.IQ2_XS => (256, 74),
        GgmlType.IQ3_XXS => (256, 98),
        GgmlType.IQ1_S => (256, 50),
        GgmlType.IQ4_NL => (32, 18),
        GgmlType.IQ3_S => (256, 110),
        GgmlType.IQ2_S => (256, 82),
        GgmlType.IQ4_XS => (256, 136),
        GgmlType.IQ1_M => (256, 56),
        GgmlType.TQ1_0 => (256, 54),
        GgmlType.TQ2_0 => (256, 66),
        _ => null,
    };

    /// <summary>True for the float types the trainer can load directly.</summary>
    public static bool IsTrainable(GgmlType type) => type is GgmlType.F32 or GgmlType.F16 or GgmlType.BF16;
}

/// <summary>A GGUF array value: element type plus a typed CLR array (string[], float[], int[], ...).</summary>
public sealed record GgufArray(GgufValueType ElementType, Array Items);

/// <summary>One metadata entry; <see cref="Value"/> is the CLR value matching <see cref="Type"/>.</summary>
public sealed record GgufMetadataEntry(string Key, GgufValueType Type, object Value);

/// <summary>Tensor header: ggml dimensions (ne0 first, i.e. innermost first), type and offset in the data section.</summary>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<long> Dimensions, GgmlType Type, long Offset)
{
    /// <summary>Number of elements.</summary>
    public long ElementCount => Dimensions.Aggregate(1L, (a, d) => a * d);

    /// <summary>Shape in PyTorch order (outermost first) — ggml lists the innermost dimension first.</summary>
    public long[] TorchShape => Dimensions.Reverse().ToArray();

    /// <summary>Bytes of data, or -1 when the type is unknown.</summary>
    public long ByteSize
    {
        get
        {
            var g = GgmlTypeInfo.Geometry(Type);
            if (g is null)
            {
                return -1;
            }

            return ElementCount / g.Value.BlockSize * g.Value.TypeSize;
        }
    }
}

/// <summary>A GGUF file is structurally invalid (bad magic, truncated, inconsistent offsets, ...).</summary>
public sealed class GgufFormatException : Exception
{
    public GgufFormatException() { }

    public GgufFormatException(string message) : base(message) { }

    public GgufFormatException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A tensor's type cannot be used for this purpose (e.g. a quantised tensor when training).</summary>
public sealed class GgufUnsupportedTensorTypeException : Exception
{
    public GgufUnsupportedTensorTypeException() { }

    public GgufUnsupportedTensorTypeException(string message) : base(message) { }

    public GgufUnsupportedTensorTypeException(string message, Exception inner) : base(message, inner) { }
}
