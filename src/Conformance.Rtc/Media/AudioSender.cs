using System.Security.Cryptography;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Srtp;

namespace Conformance.Rtc.Media;

/// <summary>
/// Our one outbound RTP stream (actor-owned): encode, packetize, SRTP-protect, send. Sequence
/// numbers count packets from a random start; timestamps count samples from a random start
/// (RFC 3550 §5.1), so they follow the audio handed in, never the wall clock. The marker bit
/// starts each talkspurt (after the first packet, a skip or an encoder reset; RFC 3551 §4.1).
/// </summary>
internal sealed class AudioSender : IDisposable
{
    private readonly byte[] _packet = new byte[1500];
    private readonly IRtpAudioEncoder _encoder;
    private readonly SrtpSession _srtp;
    private readonly Func<ReadOnlyMemory<byte>, bool> _send;
    private readonly int _payloadType;
    private readonly int? _telephoneEventPayloadType;
    private ushort _sequence;
    private bool _marker = true;
    private long _samplesSent;

    public AudioSender(NegotiatedAudio negotiated, IRtpAudioEncoder encoder, SrtpSession srtp, uint ssrc, Func<ReadOnlyMemory<byte>, bool> send)
    {
        _encoder = encoder;
        _srtp = srtp;
        _send = send;
        Ssrc = ssrc;
        _payloadType = negotiated.PayloadType;
        _telephoneEventPayloadType = negotiated.TelephoneEventPayloadType;
        ClockRate = negotiated.ClockRate;
        _sequence = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue);
        Timestamp = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    }

    public uint Ssrc { get; }

    public int ClockRate { get; }

    /// <summary>The RTP timestamp the next packet will carry.</summary>
    public uint Timestamp { get; private set; }

    /// <summary>Samples sent so far (the played position on WebRTC, turn-semantics §3).</summary>
    public long SamplesSent => Interlocked.Read(ref _samplesSent);

    public uint PacketCount { get; private set; }

    public uint OctetCount { get; private set; }

    public bool IsValidFrameSize(int samples) => _encoder.IsValidFrameSize(samples);

    public bool SendPcm(ReadOnlySpan<short> pcm)
    {
        if (!_encoder.IsValidFrameSize(pcm.Length))
        {
            return false;
        }

        var payload = _packet.AsSpan(RtpHeader.FixedLength, _packet.Length - RtpHeader.FixedLength - SrtpSession.MaxOverhead);
        var length = _encoder.Encode(pcm, payload);
        return Emit(_payloadType, length, pcm.Length, marker: _marker);
    }

    public bool SendEncoded(ReadOnlySpan<byte> payload, int samples)
    {
        if (samples <= 0 || payload.IsEmpty || payload.Length > _packet.Length - RtpHeader.FixedLength - SrtpSession.MaxOverhead)
        {
            return false;
        }

        payload.CopyTo(_packet.AsSpan(RtpHeader.FixedLength));
        return Emit(_payloadType, payload.Length, samples, marker: _marker);
    }

    /// <summary>
    /// RFC 4733 §2.5: one event of <paramref name="durationSamples"/>, sent as packets every
    /// 20 ms of its duration on one timestamp, the last three with the E bit; the media clock then
    /// advances past it.
    /// </summary>
    public bool SendDigit(int eventCode, int durationSamples, int volume = 10)
    {
        if (_telephoneEventPayloadType is not { } pt)
        {
            return false;
        }

        var step = ClockRate / 50;
        var start = Timestamp;
        var first = true;
        for (var elapsed = step; ; elapsed += step)
        {
            var end = elapsed >= durationSamples;
            var value = new TelephoneEvent(eventCode, end, volume, Math.Min(elapsed, durationSamples));
            for (var repeat = 0; repeat < (end ? 3 : 1); repeat++)
            {
                value.TryWrite(_packet.AsSpan(RtpHeader.FixedLength));
                Timestamp = start;
                Emit(pt, TelephoneEvent.Length, 0, marker: first);
                first = false;
            }

            if (end)
            {
                break;
            }
        }

        Timestamp = start + (uint)durationSamples;
        _marker = true;
        return true;
    }

    /// <summary>Leaves a gap in the media clock (nothing to send for a while).</summary>
    public void Skip(int samples)
    {
        Timestamp += (uint)samples;
        _marker = true;
    }

    public void ResetEncoder()
    {
        _encoder.Reset();
        _marker = true;
    }

    public void Dispose() => _encoder.Dispose();

    private bool Emit(int payloadType, int payloadLength, int samples, bool marker)
    {
        var header = new RtpHeader(marker, payloadType, _sequence, Timestamp, Ssrc);
        RtpPacket.TryWrite(_packet, header, _packet.AsSpan(RtpHeader.FixedLength, payloadLength), out var length);
        if (_srtp.ProtectRtp(_packet, ref length) != SrtpError.Ok)
        {
            return false;
        }

        _sequence++;
        Timestamp += (uint)samples;
        PacketCount++;
        OctetCount += (uint)payloadLength;
        Interlocked.Add(ref _samplesSent, samples);
        _marker = false;
        return _send(_packet.AsMemory(0, length));
    }
}
