using Microsoft.Win32.SafeHandles;

namespace Conformance.Audio.Native;

/// <summary>Owns an <c>OpusEncoder*</c>; released with <c>opus_encoder_destroy</c> exactly once.</summary>
internal sealed class OpusEncoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public OpusEncoderHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        OpusNative.EncoderDestroy(handle);
        return true;
    }
}
