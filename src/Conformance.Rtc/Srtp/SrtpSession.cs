using System.Runtime.InteropServices;

namespace Conformance.Rtc.Srtp;

/// <summary>
/// One direction of SRTP + SRTCP (RFC 3711) for every SSRC in that direction (libsrtp's
/// ssrc_any_inbound / any_outbound). Not thread-safe: the connection's actor owns it.
/// Protecting grows a packet by the auth tag (10 bytes for _80; SRTCP adds 4 + 10), so buffers
/// need <see cref="MaxOverhead"/> spare bytes.
/// </summary>
public sealed class SrtpSession : IDisposable
{
    /// <summary>SRTCP: 4-byte E+index plus a 10-byte tag; SRTP needs at most 10.</summary>
    public const int MaxOverhead = 16;

    private readonly SrtpSessionHandle _handle;

    private SrtpSession(SrtpSessionHandle handle) => _handle = handle;

    /// <param name="masterKeyAndSalt">16-byte key followed by 14-byte salt (RFC 5764 §4.2).</param>
    public static SrtpSession Create(SrtpProfile profile, ReadOnlySpan<byte> masterKeyAndSalt, bool outbound)
    {
        if (masterKeyAndSalt.Length != 30)
        {
            throw new ArgumentException("An AES-CM-128 master key and salt is 30 bytes.", nameof(masterKeyAndSalt));
        }

        LibSrtp.EnsureInitialized();
        var key = masterKeyAndSalt.ToArray();
        var pin = GCHandle.Alloc(key, GCHandleType.Pinned);
        try
        {
            var policy = new LibSrtp.SrtpPolicy
            {
                SsrcType = outbound ? LibSrtp.SsrcAnyOutbound : LibSrtp.SsrcAnyInbound,
                Key = pin.AddrOfPinnedObject(),
                WindowSize = 1024,
                AllowRepeatTx = 1,
            };
            Check(LibSrtp.srtp_crypto_policy_set_from_profile_for_rtp(ref policy.Rtp, (int)profile), "crypto_policy_set_from_profile_for_rtp");
            Check(LibSrtp.srtp_crypto_policy_set_from_profile_for_rtcp(ref policy.Rtcp, (int)profile), "crypto_policy_set_from_profile_for_rtcp");
            Check(LibSrtp.srtp_create(out var session, policy), "srtp_create");
            return new SrtpSession(new SrtpSessionHandle(session));
        }
        finally
        {
            // libsrtp copies the key while creating the session.
            pin.Free();
            Array.Clear(key);
        }
    }

    /// <summary>Protects an RTP packet in place; <paramref name="length"/> grows by the tag.</summary>
    public SrtpError ProtectRtp(Span<byte> buffer, ref int length) => Run(buffer, ref length, LibSrtp.srtp_protect, protect: true);

    public SrtpError UnprotectRtp(Span<byte> buffer, ref int length) => Run(buffer, ref length, LibSrtp.srtp_unprotect, protect: false);

    public SrtpError ProtectRtcp(Span<byte> buffer, ref int length) => Run(buffer, ref length, LibSrtp.srtp_protect_rtcp, protect: true);

    public SrtpError UnprotectRtcp(Span<byte> buffer, ref int length) => Run(buffer, ref length, LibSrtp.srtp_unprotect_rtcp, protect: false);

    public void Dispose() => _handle.Dispose();

    private delegate int NativeTransform(SrtpSessionHandle session, ref byte packet, ref int length);

    private SrtpError Run(Span<byte> buffer, ref int length, NativeTransform transform, bool protect)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (length <= 0 || length > buffer.Length || (protect && buffer.Length - length < MaxOverhead))
        {
            return SrtpError.BadParam;
        }

        // RFC 3711 §3.1/§3.4: an SRTP packet has at least the 12-byte header, SRTCP at least 8 + index + tag.
        if (!protect && length < 12)
        {
            return SrtpError.ParseError;
        }

        return (SrtpError)transform(_handle, ref MemoryMarshal.GetReference(buffer), ref length);
    }

    private static void Check(int status, string operation)
    {
        if (status != 0)
        {
            throw new SrtpException((SrtpError)status, operation);
        }
    }
}
