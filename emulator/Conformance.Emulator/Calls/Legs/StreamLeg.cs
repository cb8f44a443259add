using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Streams;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// What the media-stream WebSocket legs share: the socket, a reusable buffer the writers fill,
/// payload decoding to PCM16, and the carriers' rule for bad input (RUN-035): an error finding
/// closes the socket with the finding's status and reason (MS-002), since Twilio, Telnyx and
/// Plivo give the agent side no error message of its own; warnings are journaled.
/// </summary>
public abstract class StreamLeg : CallLeg
{
    private byte[] _writeBuffer = new byte[8 * 1024];
    private short[] _pcm = new short[4096];

    protected StreamLeg(WebSocketLink link)
    {
        Link = link ?? throw new ArgumentNullException(nameof(link));
    }

    protected WebSocketLink Link { get; }

    /// <summary>Messages received, for the journal's leg summary.</summary>
    public long MessagesReceived { get; protected set; }

    public override async ValueTask CloseAsync(string reason, CancellationToken cancellationToken) =>
        await Link.CloseAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);

    /// <summary>Writes one message with <paramref name="write"/> into the shared buffer (grown to <paramref name="maxBytes"/>) and sends it as text.</summary>
    protected async ValueTask SendJsonAsync<T>(T message, int maxBytes, WriteMessage<T> write, CancellationToken cancellationToken)
    {
        if (_writeBuffer.Length < maxBytes)
        {
            _writeBuffer = new byte[Math.Max(maxBytes, _writeBuffer.Length * 2)];
        }

        if (!write(message, _writeBuffer, out var written))
        {
            throw new InvalidOperationException($"{message} did not fit {_writeBuffer.Length} bytes");
        }

        await Link.SendTextAsync(_writeBuffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Decodes a payload and hands it to the sink; false (and a violation) when it is not whole samples.</summary>
    protected bool DeliverAudio(ILegSink sink, StreamAudioFormat format, ReadOnlySpan<byte> payload, string location, long? positionMs = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!StreamPayload.IsWholeSamples(format, payload.Length))
        {
            sink.Violation(StreamViolation.Warning(StreamViolationCode.InvalidValue, location, $"{payload.Length} bytes is not a whole number of {format} samples; dropped."), fatal: false);
            return false;
        }

        var count = StreamPayload.SampleCount(format, payload.Length);
        if (_pcm.Length < count)
        {
            _pcm = new short[count];
        }

        StreamPayload.TryDecode(format, payload, _pcm, out var samples);
        sink.CallerAudio(_pcm.AsSpan(0, samples), positionMs * (format.SampleRate / 1000));
        return true;
    }

    /// <summary>RUN-035: report the finding, close with its status, end the leg as failed.</summary>
    protected async Task FailAsync(ILegSink sink, StreamViolation violation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(violation);
        sink.Violation(violation, fatal: true);
        await Link.CloseAsync(violation.CloseStatus, violation.CloseReason, cancellationToken).ConfigureAwait(false);
        sink.Ended($"protocol violation: {violation.CloseReason}", failed: true);
    }

    protected static void ReportWarnings(ILegSink sink, IReadOnlyList<StreamViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var v in violations)
        {
            if (v.Severity == ViolationSeverity.Warning)
            {
                sink.Violation(v, fatal: false);
            }
        }
    }

    protected static StreamViolation OutOfOrder(string message) =>
        StreamViolation.Error(StreamViolationCode.OutOfOrder, "frame", message);

    protected static JsonObject Details(params (string Key, JsonNode? Value)[] fields)
    {
        var data = new JsonObject();
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        return data;
    }

    protected delegate bool WriteMessage<in T>(T message, Span<byte> destination, out int bytesWritten);
}
