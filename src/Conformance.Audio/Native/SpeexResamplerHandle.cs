using Microsoft.Win32.SafeHandles;

namespace Conformance.Audio.Native;

/// <summary>Owns a <c>SpeexResamplerState*</c>; released with <c>speex_resampler_destroy</c> exactly once.</summary>
internal sealed class SpeexResamplerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SpeexResamplerHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        SpeexDspNative.ResamplerDestroy(handle);
        return true;
    }
}
