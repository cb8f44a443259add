namespace Conformance.Streams.Generic;

/// <summary><c>playback_clear_buffer</c>: barge-in; the client drops all unplayed output audio.</summary>
public sealed record GenericPlaybackClearBuffer : GenericServerMessage;
