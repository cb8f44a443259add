namespace Conformance.Emulator.State;

/// <summary>
/// One lifecycle for every surface's calls; each surface maps it onto its own vocabulary
/// (ClutchCall CallStatus, Omnia status, Everruns voice connection status — specs/).
/// <code>
///   Created ──► Dialing ──► Ringing ──► Active ──► Ended
///      │           │           │          └──────► Failed
///      │           │           ├─────────────────► NoAnswer (ring timeout)
///      │           └───────────┴─────────────────► Ended | Failed | NoAnswer
///      └─────────────────────────► Active | Ended | Failed
/// </code>
/// </summary>
public enum CallState
{
    Created,
    Dialing,
    Ringing,
    Active,
    Ended,
    Failed,
    NoAnswer,
}
