namespace Conformance.Streams.Generic;

/// <summary><c>user_text_message</c>: typed input; Ultravox adds an optional <c>urgency</c>.</summary>
public sealed record GenericUserTextMessage(string Text, string? Urgency = null) : GenericClientMessage;
