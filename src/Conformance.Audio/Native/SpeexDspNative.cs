using System.Runtime.InteropServices;

namespace Conformance.Audio.Native;

/// <summary>
/// The libspeexdsp resampler entry points the kit uses (speexdsp 1.2, Debian <c>libspeexdsp1</c>),
/// bound by soname. Lengths are <c>spx_uint32_t</c>, samples <c>spx_int16_t</c>.
/// </summary>
internal static unsafe partial class SpeexDspNative
{
    private const string Library = "libspeexdsp.so.1";

    internal const int Success = 0;

    [LibraryImport(Library, EntryPoint = "speex_resampler_init")]
    internal static partial SpeexResamplerHandle ResamplerInit(uint channels, uint inputRate, uint outputRate, int quality, out int error);

    [LibraryImport(Library, EntryPoint = "speex_resampler_destroy")]
    internal static partial void ResamplerDestroy(IntPtr state);

    [LibraryImport(Library, EntryPoint = "speex_resampler_process_interleaved_int")]
    internal static partial int ResamplerProcessInterleavedInt(SpeexResamplerHandle state, short* input, ref uint inputLength, short* output, ref uint outputLength);

    [LibraryImport(Library, EntryPoint = "speex_resampler_reset_mem")]
    internal static partial int ResamplerResetMem(SpeexResamplerHandle state);

    [LibraryImport(Library, EntryPoint = "speex_resampler_get_input_latency")]
    internal static partial int ResamplerGetInputLatency(SpeexResamplerHandle state);

    [LibraryImport(Library, EntryPoint = "speex_resampler_get_output_latency")]
    internal static partial int ResamplerGetOutputLatency(SpeexResamplerHandle state);

    [LibraryImport(Library, EntryPoint = "speex_resampler_strerror")]
    internal static partial IntPtr ResamplerStrError(int error);

    internal static string DescribeError(int error) =>
        Marshal.PtrToStringUTF8(ResamplerStrError(error)) ?? $"error {error}";
}
