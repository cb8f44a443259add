namespace Conformance.Streams.Playout;

/// <summary>The agent's reading of an echoed mark: its stream position and label when known.</summary>
public readonly record struct MarkEcho(MarkAcknowledgement Acknowledgement, long StreamPosition, string? Label);
