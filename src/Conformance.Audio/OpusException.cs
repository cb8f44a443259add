using System.Runtime.InteropServices;
using Conformance.Audio.Native;

namespace Conformance.Audio;

/// <summary>A libopus call failed; carries the libopus error code and its name (e.g. <c>OPUS_INVALID_PACKET</c>).</summary>
public sealed class OpusException : Exception
{
    public OpusException()
    {
        ErrorName = "unknown";
    }

    public OpusException(string message)
        : base(message)
    {
        ErrorName = "unknown";
    }

    public OpusException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorName = "unknown";
    }

    private OpusException(int errorCode, string operation)
        : base($"{operation} failed: {NameOf(errorCode)} ({errorCode}, \"{Describe(errorCode)}\").")
    {
        ErrorCode = errorCode;
        ErrorName = NameOf(errorCode);
    }

    /// <summary>The negative libopus return code.</summary>
    public int ErrorCode { get; }

    /// <summary>The libopus constant for <see cref="ErrorCode"/>, e.g. <c>OPUS_BAD_ARG</c>.</summary>
    public string ErrorName { get; }

    /// <summary>Name of a libopus error code (opus_defines.h).</summary>
    public static string NameOf(int errorCode) => errorCode switch
    {
        0 => "OPUS_OK",
        -1 => "OPUS_BAD_ARG",
        -2 => "OPUS_BUFFER_TOO_SMALL",
        -3 => "OPUS_INTERNAL_ERROR",
        -4 => "OPUS_INVALID_PACKET",
        -5 => "OPUS_UNIMPLEMENTED",
        -6 => "OPUS_INVALID_STATE",
        -7 => "OPUS_ALLOC_FAIL",
        _ => $"OPUS_ERROR_{errorCode}",
    };

    /// <summary>Throws when <paramref name="result"/> is a libopus error (negative); returns it otherwise.</summary>
    internal static int ThrowIfError(int result, string operation) =>
        result < 0 ? throw new OpusException(result, operation) : result;

    private static string Describe(int errorCode) =>
        Marshal.PtrToStringUTF8(OpusNative.StrError(errorCode)) ?? "no description";
}
