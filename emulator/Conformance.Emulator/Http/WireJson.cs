using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conformance.Emulator.Http;

/// <summary>How bodies are serialized on the wire: compact, and without escaping characters JSON does not require escaped (so SDP and messages stay readable).</summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
