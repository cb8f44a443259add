namespace Conformance.Rtc;

/// <summary>
/// One decoded RTP packet: mono PCM16 at <see cref="SampleRate"/> (the codec's clock rate: 48 kHz
/// Opus, 8 kHz G.711). <see cref="MediaTime"/> counts samples since the first packet of the call
/// (from RTP timestamps, so gaps show). <see cref="Concealed"/> frames were synthesised for a
/// lost packet (Opus PLC, silence for G.711).
/// </summary>
public sealed record ReceivedAudioFrame(
    short[] Samples,
    int SampleRate,
    uint RtpTimestamp,
    ushort SequenceNumber,
    uint Ssrc,
    long MediaTime,
    DateTimeOffset ArrivalTime,
    bool Concealed)
{
    public TimeSpan MediaTimeSpan => TimeSpan.FromSeconds((double)MediaTime / SampleRate);

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);
}
