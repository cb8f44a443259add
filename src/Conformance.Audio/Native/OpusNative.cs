using System.Runtime.InteropServices;

namespace Conformance.Audio.Native;

/// <summary>
/// Every libopus entry point the kit uses (libopus 1.3, Debian <c>libopus0</c>), bound by soname so
/// that no <c>-dev</c> symlink is needed.
/// </summary>
/// <remarks>
/// <c>opus_encoder_ctl</c>/<c>opus_decoder_ctl</c> are variadic in C. They are declared here with
/// the fixed arity of each request (one int, one int*, or none): on x86-64 System V and AArch64
/// Linux a variadic callee reads these arguments from the same registers as a fixed-arity call.
/// </remarks>
internal static unsafe partial class OpusNative
{
    private const string Library = "libopus.so.0";

    // opus_defines.h: error codes.
    internal const int Ok = 0;

    // opus_defines.h: CTL request numbers (stable ABI).
    internal const int SetBitrateRequest = 4002;
    internal const int GetBitrateRequest = 4003;
    internal const int SetVbrRequest = 4006;
    internal const int GetVbrRequest = 4007;
    internal const int SetComplexityRequest = 4010;
    internal const int GetComplexityRequest = 4011;
    internal const int SetInbandFecRequest = 4012;
    internal const int GetInbandFecRequest = 4013;
    internal const int SetPacketLossPercRequest = 4014;
    internal const int GetPacketLossPercRequest = 4015;
    internal const int SetDtxRequest = 4016;
    internal const int GetDtxRequest = 4017;
    internal const int GetLookaheadRequest = 4027;
    internal const int ResetState = 4028;
    internal const int GetLastPacketDurationRequest = 4039;

    [LibraryImport(Library, EntryPoint = "opus_encoder_create")]
    internal static partial OpusEncoderHandle EncoderCreate(int sampleRate, int channels, int application, out int error);

    [LibraryImport(Library, EntryPoint = "opus_encoder_destroy")]
    internal static partial void EncoderDestroy(IntPtr encoder);

    [LibraryImport(Library, EntryPoint = "opus_encode")]
    internal static partial int Encode(OpusEncoderHandle encoder, short* pcm, int frameSize, byte* data, int maxDataBytes);

    [LibraryImport(Library, EntryPoint = "opus_encoder_ctl")]
    internal static partial int EncoderCtl(OpusEncoderHandle encoder, int request, int value);

    [LibraryImport(Library, EntryPoint = "opus_encoder_ctl")]
    internal static partial int EncoderCtl(OpusEncoderHandle encoder, int request, out int value);

    [LibraryImport(Library, EntryPoint = "opus_encoder_ctl")]
    internal static partial int EncoderCtl(OpusEncoderHandle encoder, int request);

    [LibraryImport(Library, EntryPoint = "opus_decoder_create")]
    internal static partial OpusDecoderHandle DecoderCreate(int sampleRate, int channels, out int error);

    [LibraryImport(Library, EntryPoint = "opus_decoder_destroy")]
    internal static partial void DecoderDestroy(IntPtr decoder);

    [LibraryImport(Library, EntryPoint = "opus_decode")]
    internal static partial int Decode(OpusDecoderHandle decoder, byte* data, int length, short* pcm, int frameSize, int decodeFec);

    [LibraryImport(Library, EntryPoint = "opus_decoder_ctl")]
    internal static partial int DecoderCtl(OpusDecoderHandle decoder, int request, out int value);

    [LibraryImport(Library, EntryPoint = "opus_decoder_ctl")]
    internal static partial int DecoderCtl(OpusDecoderHandle decoder, int request);

    [LibraryImport(Library, EntryPoint = "opus_decoder_get_nb_samples")]
    internal static partial int DecoderGetNbSamples(OpusDecoderHandle decoder, byte* packet, int length);

    [LibraryImport(Library, EntryPoint = "opus_strerror")]
    internal static partial IntPtr StrError(int error);

    [LibraryImport(Library, EntryPoint = "opus_get_version_string")]
    internal static partial IntPtr GetVersionString();
}
