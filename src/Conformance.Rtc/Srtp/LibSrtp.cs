using System.Runtime.InteropServices;

namespace Conformance.Rtc.Srtp;

/// <summary>
/// The one adapter over libsrtp2 (Debian libsrtp2-1, bound by soname). Layouts follow libsrtp
/// 2.5.0's srtp.h; platform-notes §3 records that srtp_policy_t is 128 bytes on x86_64.
/// </summary>
internal static partial class LibSrtp
{
    private const string Library = "libsrtp2.so.1";
    private static readonly Lazy<SrtpError> s_init = new(InitOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>srtp_init once per process; throws SrtpException when the library cannot be loaded.</summary>
    public static void EnsureInitialized()
    {
        var status = s_init.Value;
        if (status != SrtpError.Ok)
        {
            throw new SrtpException(status, "srtp_init");
        }
    }

    private static SrtpError InitOnce()
    {
        try
        {
            return (SrtpError)srtp_init();
        }
        catch (DllNotFoundException e)
        {
            throw new SrtpException($"{Library} could not be loaded; install the Debian package libsrtp2-1.", e);
        }
    }

    [LibraryImport(Library)]
    private static partial int srtp_init();

    [LibraryImport(Library)]
    internal static partial int srtp_create(out nint session, in SrtpPolicy policy);

    [LibraryImport(Library)]
    internal static partial int srtp_dealloc(nint session);

    [LibraryImport(Library)]
    internal static partial int srtp_crypto_policy_set_from_profile_for_rtp(ref SrtpCryptoPolicy policy, int profile);

    [LibraryImport(Library)]
    internal static partial int srtp_crypto_policy_set_from_profile_for_rtcp(ref SrtpCryptoPolicy policy, int profile);

    [LibraryImport(Library)]
    internal static partial int srtp_protect(SrtpSessionHandle session, ref byte packet, ref int length);

    [LibraryImport(Library)]
    internal static partial int srtp_unprotect(SrtpSessionHandle session, ref byte packet, ref int length);

    [LibraryImport(Library)]
    internal static partial int srtp_protect_rtcp(SrtpSessionHandle session, ref byte packet, ref int length);

    [LibraryImport(Library)]
    internal static partial int srtp_unprotect_rtcp(SrtpSessionHandle session, ref byte packet, ref int length);

    /// <summary>srtp_crypto_policy_t: six ints.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SrtpCryptoPolicy
    {
        public int CipherType;
        public int CipherKeyLength;
        public int AuthType;
        public int AuthKeyLength;
        public int AuthTagLength;
        public int SecurityServices;
    }

    /// <summary>srtp_policy_t (libsrtp 2.5.0).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SrtpPolicy
    {
        public int SsrcType;
        public uint SsrcValue;
        public SrtpCryptoPolicy Rtp;
        public SrtpCryptoPolicy Rtcp;
        public nint Key;
        public nint Keys;
        public nuint NumMasterKeys;
        public nint DeprecatedEkt;
        public nuint WindowSize;
        public int AllowRepeatTx;
        public nint EncryptedExtensionHeaders;
        public int EncryptedExtensionHeaderCount;
        public nint Next;
    }

    /// <summary>srtp_ssrc_type_t.</summary>
    internal const int SsrcAnyInbound = 2;
    internal const int SsrcAnyOutbound = 3;
}
