using System.Diagnostics.CodeAnalysis;

namespace Conformance.Audio;

/// <summary>Audio that the kit does not accept (a malformed or unsupported WAV file), with the reason as data.</summary>
public sealed class AudioFormatException : Exception
{
    public AudioFormatException()
    {
    }

    public AudioFormatException(string message)
        : base(message)
    {
    }

    public AudioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AudioFormatException(AudioFormatError reason, string message)
        : base($"{reason}: {message}")
    {
        Reason = reason;
    }

    public AudioFormatError Reason { get; }

    [DoesNotReturn]
    internal static void Throw(AudioFormatError reason, string message) => throw new AudioFormatException(reason, message);
}
