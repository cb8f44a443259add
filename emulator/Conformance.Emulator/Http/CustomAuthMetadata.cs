namespace Conformance.Emulator.Http;

/// <summary>Marks an endpoint that authenticates itself (e.g. Voice.ai end accepts an end_token; Omnia's websocketUrl is its own credential).</summary>
public sealed class CustomAuthMetadata
{
    public static CustomAuthMetadata Instance { get; } = new();
}
