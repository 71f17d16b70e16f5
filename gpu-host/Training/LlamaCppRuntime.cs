using LLama.Native;

namespace Training;

/// <summary>
/// One place that touches llama.cpp's process-wide state (native library choice, logging) before first use.
/// Only LLamaSharp's own ggml is ever loaded: the trainer never P/Invokes a second copy.
/// </summary>
public static class LlamaCppRuntime
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    /// <summary>Idempotent; silences llama.cpp's chatty loader unless <c>LLAMA_LOG</c> debugging is wanted.</summary>
    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            _configured = true;
            try
            {
                // Errors still matter; info-level load chatter would drown the CLI's progress display.
                NativeLibraryConfig.All.WithLogCallback((level, message) =>
                {
                    if (level == LLamaLogLevel.Error)
                    {
                        Console.Error.Write(message);
                    }
                });
            }
            catch (InvalidOperationException)
            {
                // The host loaded llama.cpp first (e.g. the inference service); it owns the logging configuration then.
            }
        }
    }
}
