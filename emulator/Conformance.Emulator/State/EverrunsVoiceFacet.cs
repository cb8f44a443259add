namespace Conformance.Emulator.State;

/// <summary>The Everruns view of a call: the voice connection on a session (vendors.md §1.4).</summary>
public sealed class EverrunsVoiceFacet
{
    public required string VoiceConnectionId { get; init; }

    public required string SessionId { get; init; }

    public required string ProviderId { get; init; }

    public string Provider { get; init; } = "openai";

    public required string Model { get; set; }

    public required string Voice { get; set; }

    public required string ReasoningEffort { get; set; }

    public string? Instructions { get; set; }

    /// <summary><c>webrtc_proxy</c> (create_call) or <c>webrtc_client_secret</c> (client-secret + attach).</summary>
    public required string Mode { get; init; }

    public string? ProviderCallId { get; set; }

    public string? EndReason { get; set; }
}
