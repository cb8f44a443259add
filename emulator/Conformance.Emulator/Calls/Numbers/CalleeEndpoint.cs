using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Calls.Numbers;

/// <summary>
/// Where an outbound call to <see cref="Number"/> goes (RUN-044): a generic media-stream WebSocket
/// the emulator connects to as a client, speaking the agent side at these rates and codec.
/// </summary>
public sealed record CalleeEndpoint(string Number, Uri Url, int InputSampleRate, int OutputSampleRate, MediaStreamCodec Codec)
{
    public JsonObject ToJson() => new()
    {
        ["number"] = Number,
        ["url"] = Url.ToString(),
        ["inputSampleRate"] = InputSampleRate,
        ["outputSampleRate"] = OutputSampleRate,
        ["codec"] = Codec == MediaStreamCodec.G711 ? "g711" : "pcm",
    };
}
