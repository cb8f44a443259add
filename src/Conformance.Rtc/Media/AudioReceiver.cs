using System.Threading.Channels;
using Conformance.Rtc.Rtp;

namespace Conformance.Rtc.Media;

/// <summary>
/// Our inbound RTP path after SRTP (actor-owned): payload-type check, receive statistics, jitter
/// buffer, then decode (or conceal a loss) into <see cref="ReceivedAudioFrame"/>s and RFC 4733
/// events into notices. Media time is samples since the first packet, from unwrapped RTP
/// timestamps; arrival time comes from the datagram's receipt on the connection's clock.
/// </summary>
internal sealed class AudioReceiver : IDisposable
{
    /// <summary>Beyond this many consecutive losses nothing is synthesised; the media time just jumps.</summary>
    private const int MaxConcealedInARow = 5;

    private readonly IRtpAudioDecoder _decoder;
    private readonly JitterBuffer _jitter;
    private readonly ChannelWriter<ReceivedAudioFrame> _audio;
    private readonly ChannelWriter<TelephoneEventNotice> _events;
    private readonly PeerConnectionCounters _counters;
    private readonly TelephoneEventReceiver _telephoneEvents = new();
    private readonly short[] _pcm = new short[5760];
    private readonly int _payloadType;
    private readonly int? _telephoneEventPayloadType;
    private readonly DateTimeOffset _epoch;
    private long _firstTimestamp = -1;
    private long _lastExtendedTimestamp;
    private int _lastFrameSamples;
    private int _concealedInARow;
    private uint _lastSsrc;

    public AudioReceiver(
        NegotiatedAudio negotiated,
        IRtpAudioDecoder decoder,
        TimeSpan maxHold,
        DateTimeOffset epoch,
        ChannelWriter<ReceivedAudioFrame> audio,
        ChannelWriter<TelephoneEventNotice> events,
        PeerConnectionCounters counters)
    {
        _decoder = decoder;
        _jitter = new JitterBuffer(maxHold);
        _audio = audio;
        _events = events;
        _counters = counters;
        _payloadType = negotiated.PayloadType;
        _telephoneEventPayloadType = negotiated.TelephoneEventPayloadType;
        ClockRate = negotiated.ClockRate;
        _lastFrameSamples = ClockRate / 50;
        _epoch = epoch;
    }

    public int ClockRate { get; }

    public RtpReceiveStatistics Statistics { get; } = new();

    public JitterBuffer Jitter => _jitter;

    /// <param name="packet">A decrypted RTP packet.</param>
    /// <param name="arrival">Elapsed connection time at receipt.</param>
    public void OnRtp(ReadOnlySpan<byte> packet, TimeSpan arrival)
    {
        if (!RtpPacket.TryParse(packet, out var rtp))
        {
            _counters.Add(CounterKind.RtpDropped);
            return;
        }

        if (rtp.Header.PayloadType != _payloadType && rtp.Header.PayloadType != _telephoneEventPayloadType)
        {
            _counters.Add(CounterKind.UnknownPayloadType);
            return;
        }

        _counters.Add(CounterKind.RtpReceived);
        Statistics.Update(rtp.Header, (long)(arrival.TotalSeconds * ClockRate));
        if (_lastSsrc != rtp.Header.Ssrc)
        {
            // A new source (e.g. a replaced track): its sequence space starts afresh.
            _jitter.Clear();
            _lastSsrc = rtp.Header.Ssrc;
        }

        _jitter.Insert(rtp.Header, rtp.GetPayload(packet), arrival);
        Drain(arrival);
    }

    /// <summary>Plays out whatever the jitter buffer releases at <paramref name="now"/>.</summary>
    public void Drain(TimeSpan now)
    {
        while (_jitter.TryDequeue(now, out var entry))
        {
            if (entry.Lost)
            {
                Conceal(entry.Arrival);
            }
            else if (entry.Header.PayloadType == _telephoneEventPayloadType)
            {
                OnTelephoneEvent(entry);
            }
            else
            {
                Decode(entry);
            }
        }
    }

    public void Dispose() => _decoder.Dispose();

    private void Decode(in JitterBufferEntry entry)
    {
        var samples = _decoder.Decode(entry.Payload.Span, _pcm);
        if (samples <= 0)
        {
            _counters.Add(CounterKind.DecodeErrors);
            return;
        }

        _concealedInARow = 0;
        _lastFrameSamples = samples;
        var mediaTime = MediaTimeOf(entry.Header.Timestamp);
        _lastExtendedTimestamp = _firstTimestamp + mediaTime;
        _counters.Add(CounterKind.FramesDecoded);
        Publish(new ReceivedAudioFrame(_pcm[..samples], ClockRate, entry.Header.Timestamp, entry.Header.SequenceNumber,
            entry.Header.Ssrc, mediaTime, _epoch + entry.Arrival, Concealed: false));
    }

    private void Conceal(TimeSpan now)
    {
        if (_firstTimestamp < 0 || ++_concealedInARow > MaxConcealedInARow)
        {
            return;
        }

        var samples = _decoder.Conceal(_pcm, _lastFrameSamples);
        _lastExtendedTimestamp += _lastFrameSamples;
        _counters.Add(CounterKind.FramesConcealed);
        Publish(new ReceivedAudioFrame(_pcm[..samples], ClockRate, (uint)_lastExtendedTimestamp, 0, _lastSsrc,
            _lastExtendedTimestamp - _firstTimestamp, _epoch + now, Concealed: true));
    }

    private void OnTelephoneEvent(in JitterBufferEntry entry)
    {
        if (!TelephoneEvent.TryParse(entry.Payload.Span, out var value))
        {
            _counters.Add(CounterKind.DecodeErrors);
            return;
        }

        if (_telephoneEvents.Receive(entry.Header, value, ClockRate) is { } notice)
        {
            _events.TryWrite(notice with { MediaTime = MediaTimeOf(entry.Header.Timestamp), ArrivalTime = _epoch + entry.Arrival });
        }
    }

    /// <summary>Samples since the first packet, unwrapping the 32-bit RTP timestamp.</summary>
    private long MediaTimeOf(uint timestamp)
    {
        if (_firstTimestamp < 0)
        {
            _firstTimestamp = timestamp;
            _lastExtendedTimestamp = timestamp;
        }

        var extended = _lastExtendedTimestamp + (int)(timestamp - (uint)_lastExtendedTimestamp);
        return extended - _firstTimestamp;
    }

    private void Publish(ReceivedAudioFrame frame)
    {
        if (!_audio.TryWrite(frame))
        {
            _counters.Add(CounterKind.FramesDroppedSlowReader);
        }
    }
}
