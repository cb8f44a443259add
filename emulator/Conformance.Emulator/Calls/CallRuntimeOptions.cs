using Conformance.Streams;

namespace Conformance.Emulator.Calls;

/// <summary>The call runtime's tunables (specs/runtime.md gives each rule its default).</summary>
public sealed record CallRuntimeOptions
{
    /// <summary>RUN-012: a streaming caller's frame is filled with silence this long after its end.</summary>
    public double GraceMs { get; init; } = 40;

    /// <summary>RUN-012: a caller that sent nothing this long before a frame's end is silent: no grace.</summary>
    public double IdleAfterMs { get; init; } = 200;

    /// <summary>RUN-013: late samples within this window after a fill are owed to the filled gap.</summary>
    public double DebtWindowMs { get; init; } = 200;

    /// <summary>RUN-012: a clock wake-up this late means the process stalled; fills wait another grace.</summary>
    public double StallMs { get; init; } = 50;

    /// <summary>RUN-011: a complete caller frame may be taken this long before its start (timer slack).</summary>
    public double EarlyToleranceMs { get; init; } = 5;

    /// <summary>Plivo leaves L16's byte order undocumented (MP §0): the emulator's choice, also the harness's.</summary>
    public PcmByteOrder PlivoL16ByteOrder { get; init; } = PcmByteOrder.LittleEndian;

    /// <summary>Recordings kept after their calls end (oldest dropped first).</summary>
    public int KeptRecordings { get; init; } = 500;

    /// <summary>A WebRTC leg whose ICE + DTLS do not complete in this long fails the call.</summary>
    public TimeSpan WebRtcConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Originate: how long the callee endpoint's WebSocket handshake may take before the call fails.</summary>
    public TimeSpan CalleeConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
