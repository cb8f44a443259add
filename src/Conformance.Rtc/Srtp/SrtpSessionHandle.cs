using Microsoft.Win32.SafeHandles;

namespace Conformance.Rtc.Srtp;

/// <summary>An srtp_t; released with srtp_dealloc exactly once.</summary>
internal sealed class SrtpSessionHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SrtpSessionHandle()
        : base(ownsHandle: true)
    {
    }

    internal SrtpSessionHandle(nint handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle() => LibSrtp.srtp_dealloc(handle) == 0;
}
