using Conformance.Streams.Generic;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// One caller leg's transport, as the call actor drives it (specs/runtime.md §3). The receive
/// loop (<see cref="RunAsync"/>) reads the transport and reports to an <see cref="ILegSink"/>;
/// every Send… call comes from the actor's loop, one at a time, in the order the agent decided.
/// A leg that has no notion of something (marks on WebRTC, state messages on a carrier stream)
/// ignores it.
/// </summary>
public abstract class CallLeg : IAsyncDisposable
{
    /// <summary><c>twilio</c>, <c>telnyx</c>, <c>plivo</c>, <c>generic</c>, <c>webrtc</c>, <c>callee</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Reads the transport until it ends; reports through <paramref name="sink"/>.</summary>
    public abstract Task RunAsync(ILegSink sink, CancellationToken cancellationToken);

    /// <summary>One frame of agent audio, pre-encoded in the leg's output format (<paramref name="samples"/> at its rate).</summary>
    public abstract ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken);

    /// <summary>A frame of agent silence: only transports with a running media clock need to know (RTP timestamps).</summary>
    public virtual ValueTask SendSilenceAsync(int samples, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public virtual ValueTask SendMarkAsync(string name, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The protocol's clear (barge-in), and whatever state the transport must drop with it (encoders).</summary>
    public virtual ValueTask SendClearAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>A generic-mode control message (state, transcript): only generic sockets carry them.</summary>
    public virtual ValueTask SendControlAsync(GenericServerMessage message, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Ends the leg from the agent's side (hang-up, call ended): the protocol's goodbye, then close.</summary>
    public abstract ValueTask CloseAsync(string reason, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
