namespace Conformance.Emulator.State;

/// <summary>The LiveKit API key/secret pair Voice.ai participant tokens are signed with (HS256; media-protocols.md §6.1).</summary>
public sealed record LiveKitCredentials(string ApiKey, string ApiSecret);
