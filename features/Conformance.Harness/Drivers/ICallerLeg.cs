using Conformance.Harness.Audio;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Drivers;

/// <summary>
/// A caller on some transport (a media-stream WebSocket, a WebRTC peer, a browser): it sends
/// fixture speech on an absolute 20 ms schedule, hears the agent, and records what happened.
/// </summary>
public interface ICallerLeg : IAsyncDisposable
{
    string Transport { get; }

    /// <summary>The rate the caller sends at (fixtures are prepared for it).</summary>
    int UplinkSampleRate { get; }

    /// <summary>
    /// Queues <paramref name="clip"/> to start on the next frame; completes once its first frame
    /// is scheduled, with where it lies on the stream timeline.
    /// </summary>
    Task<CallerUtterance> SayAsync(CallerClipAudio clip, CancellationToken cancellationToken);

    /// <summary>Sends a keypad digit.</summary>
    Task SendDigitAsync(char digit, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until <paramref name="condition"/> holds (checked on the leg's loop after every
    /// tick), for at most <paramref name="timeoutMs"/> of stream time; fails with
    /// <paramref name="description"/> otherwise, or when the call ends first (unless the condition holds then).
    /// </summary>
    Task WaitForAsync(Func<CallState, bool> condition, double timeoutMs, string description, CancellationToken cancellationToken);

    /// <summary>A copy of everything so far.</summary>
    Task<CallObservation> ObserveAsync(CancellationToken cancellationToken);

    /// <summary>Ends the call from the caller's side (the protocol's stop, then close).</summary>
    Task HangUpAsync(CancellationToken cancellationToken);
}
