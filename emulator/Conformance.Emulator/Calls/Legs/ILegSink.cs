using System.Text.Json.Nodes;
using Conformance.Streams;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// Where a leg's receive loop delivers what the caller side sent. The call actor implements it
/// by posting to its inbox, so nothing here mutates call state on the transport's thread.
/// </summary>
public interface ILegSink
{
    /// <summary>Media is up (Twilio/Telnyx/Plivo <c>start</c>, generic socket open, WebRTC connected, callee answered): the call's media epoch.</summary>
    void MediaStarted(LegFormat format, JsonObject details);

    /// <summary>
    /// Decoded caller audio, mono PCM16 at <see cref="LegFormat.CallerRate"/> (the span is copied);
    /// <paramref name="position"/> is where the caller's stream clock puts its first sample, in
    /// samples, when the protocol carries one (media timestamps, RTP), else null.
    /// </summary>
    void CallerAudio(ReadOnlySpan<short> samples, long? position);

    void Dtmf(string digit);

    /// <summary>The provider echoed a mark / checkpoint.</summary>
    void MarkEchoed(string name);

    /// <summary>A malformed or out-of-place message; <paramref name="fatal"/> when the leg closes because of it.</summary>
    void Violation(StreamViolation violation, bool fatal);

    /// <summary>Something worth journaling that changes nothing (an undocumented field, a ping).</summary>
    void Note(string kind, JsonObject data);

    /// <summary>The caller side ended the leg (stop, hang_up, close, transport failure).</summary>
    void Ended(string reason, bool failed);
}
