using Microsoft.Win32.SafeHandles;

namespace Conformance.Audio.Native;

/// <summary>Owns an <c>OpusDecoder*</c>; released with <c>opus_decoder_destroy</c> exactly once.</summary>
internal sealed class OpusDecoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public OpusDecoderHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        OpusNative.DecoderDestroy(handle);
        return true;
    }
}
