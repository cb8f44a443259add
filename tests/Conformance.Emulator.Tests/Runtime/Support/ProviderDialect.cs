using Conformance.Streams;
using Conformance.Streams.Playout;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// The provider (carrier / client) side of one media-stream protocol, built on
/// Conformance.Streams: what to send to open the stream, how to wrap a caller frame, how to read
/// the agent's messages, and how to answer marks and clears — as the harness will.
/// </summary>
internal abstract class ProviderDialect
{
    /// <summary>The caller's audio format (what frames are encoded in).</summary>
    public abstract StreamAudioFormat CallerFormat { get; }

    /// <summary>The agent's audio format (what the playout model plays).</summary>
    public abstract StreamAudioFormat AgentFormat { get; }

    public abstract ProviderPlayoutOptions PlayoutOptions { get; }

    public abstract IEnumerable<OutboundMessage> Open();

    public abstract OutboundMessage Media(ReadOnlySpan<short> frame);

    public abstract AgentAction Parse(FrameKind kind, ReadOnlySpan<byte> data);

    public abstract OutboundMessage? MarkEcho(string name);

    /// <summary>What the provider sends after clearing (Plivo's clearedAudio), if anything.</summary>
    public virtual OutboundMessage? Cleared() => null;

    public abstract OutboundMessage? Dtmf(string digit);

    public abstract OutboundMessage? Stop();

    protected static OutboundMessage Text(byte[] utf8) => new(FrameKind.Text, utf8);
}
