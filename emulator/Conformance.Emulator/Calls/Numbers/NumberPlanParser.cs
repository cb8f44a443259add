using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Numbers;

/// <summary>
/// Reads one number-plan entry (config <c>numberPlan[]</c> and <c>PUT /_emulator/numbers/{number}</c>):
/// <c>url</c> (ws:// or wss://, required), <c>inputSampleRate</c> / <c>outputSampleRate</c>
/// (8000, 16000, 24000 or 48000; default 8000) — the callee's send and receive rates — and
/// <c>codec</c> (<c>pcm</c>, default, or <c>g711</c> µ-law at 8000). Problems go on the reader.
/// </summary>
public static class NumberPlanParser
{
    private static readonly long[] s_rates = [8000, 16000, 24000, 48000];

    public static CalleeEndpoint? Parse(FieldReader reader, string? number)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.RejectUnknown(number is null ? ["number", "url", "inputSampleRate", "outputSampleRate", "codec"] : ["url", "inputSampleRate", "outputSampleRate", "codec"]);
        number ??= reader.ReadString("number", required: true);
        if (number is not null && !PublicIds.IsE164(number))
        {
            reader.Fail("number", FieldErrorKind.PatternMismatch, "number must be E.164, e.g. +15551230001");
        }

        var url = reader.ReadString("url", required: true, maxLength: 2048);
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("ws" or "wss")))
        {
            reader.Fail("url", FieldErrorKind.Invalid, "url must be an absolute ws:// or wss:// URL");
        }

        var input = Rate(reader, "inputSampleRate");
        var output = Rate(reader, "outputSampleRate");
        var codec = reader.ReadEnum("codec", ["pcm", "g711"]) ?? "pcm";
        if (codec == "g711" && (input != 8000 || output != 8000))
        {
            reader.Fail("codec", FieldErrorKind.Conflict, "codec g711 is 8000 Hz both ways");
        }

        return reader.IsValid && number is not null && uri is not null
            ? new CalleeEndpoint(number, uri, input, output, codec == "g711" ? MediaStreamCodec.G711 : MediaStreamCodec.Pcm16)
            : null;
    }

    private static int Rate(FieldReader reader, string name)
    {
        var rate = reader.ReadInteger(name) ?? 8000;
        if (!s_rates.Contains(rate))
        {
            reader.Fail(name, FieldErrorKind.NotInEnum, $"{name} must be 8000, 16000, 24000 or 48000");
        }

        return (int)rate;
    }
}
