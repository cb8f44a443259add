using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Calls.Legs;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// The OpenAI Realtime sideband of a call (<c>/v1/realtime?call_id=</c>, vendors.md §5.4, §5.8;
/// specs/runtime.md RUN-053…056): the server_vad event flow of the call's turns —
/// <c>input_audio_buffer.speech_started/stopped/committed</c>, <c>response.created</c>,
/// <c>output_audio_buffer.started/stopped/cleared</c>, transcript deltas, <c>response.done</c>
/// (<c>cancelled</c> on barge-in) — and the client events a server-side controller sends:
/// <c>session.update</c> (echoed as <c>session.updated</c>; the turn policy of a running call does
/// not change) and <c>conversation.item.truncate</c>, refused with an <c>error</c> when
/// <c>audio_end_ms</c> exceeds the audio generated for the item. Times are ms on the agent's
/// audio clock (the call's media clock for WebRTC calls). Events are queued, so the call actor
/// never waits on this socket.
/// </summary>
public sealed class RealtimeSideband : ICallObserver
{
    private readonly WebSocketLink _link;
    private readonly CallRecord _call;
    private readonly CallDeviations _deviations;
    private readonly Channel<JsonObject> _outbox = Channel.CreateBounded<JsonObject>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<string, double> _generatedMs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string Response, string Item, SpokenTranscript Transcript, int Rate, long Duration)> _playing = [];
    private readonly Dictionary<int, string> _responses = [];
    private int _events;
    private int _userItems;
    private string? _lastUserItem;
    private string? _openUserItem;

    public RealtimeSideband(WebSocketLink link, CallRecord call, CallDeviations deviations)
    {
        _link = link ?? throw new ArgumentNullException(nameof(link));
        _call = call ?? throw new ArgumentNullException(nameof(call));
        _deviations = deviations ?? throw new ArgumentNullException(nameof(deviations));
    }

    /// <summary>Reads client events until the socket closes; events for the client go out as they are queued.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var session = (JsonObject?)_call.OpenAI?.Session?.DeepClone() ?? [];
        session["object"] = "realtime.session";
        session["id"] ??= "sess_" + _call.Id.Replace("rtc_", "", StringComparison.Ordinal);
        Emit("session.created", new JsonObject { ["session"] = session });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = WriteAsync(stop.Token);
        try
        {
            while (await _link.ReceiveAsync(256 * 1024, cancellationToken).ConfigureAwait(false) is { } inbound)
            {
                if (inbound.TooLarge || inbound.Kind == Streams.FrameKind.Binary)
                {
                    Error("invalid_request_error", "invalid_message", "Client events are JSON text messages under 256 KiB.", null, null);
                    continue;
                }

                OnClientEvent(inbound.Data.Span, session);
            }
        }
        finally
        {
            _outbox.Writer.TryComplete();
            await writer.ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    public ValueTask MediaUpAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask TurnEventAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            switch (turnEvent)
            {
                case SpeechStarted { Ignored: false } s:
                    _openUserItem = string.Create(CultureInfo.InvariantCulture, $"item_u{++_userItems:D4}");
                    Emit("input_audio_buffer.speech_started", new JsonObject { ["audio_start_ms"] = Ms(s.ReportedStart), ["item_id"] = _openUserItem });
                    break;
                case SpeechEnded s when s.Disposition != SpeechDisposition.Ignored && _openUserItem is { } item:
                    Emit("input_audio_buffer.speech_stopped", new JsonObject { ["audio_end_ms"] = Ms(s.At), ["item_id"] = item });
                    break;
                case TurnCommitted when _openUserItem is { } item:
                    Emit("input_audio_buffer.committed", new JsonObject { ["previous_item_id"] = _lastUserItem, ["item_id"] = item });
                    _lastUserItem = item;
                    _openUserItem = null;
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CueAsync(AgentCue cue, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            switch (cue)
            {
                case ReplyScheduled r:
                    Emit("response.created", new JsonObject { ["response"] = Response(ResponseFor(r.PlaybackId), "in_progress") });
                    break;
                case PlaybackStarted p:
                    var response = ResponseFor(p.PlaybackId);
                    var item = string.Create(CultureInfo.InvariantCulture, $"item_a{p.PlaybackId:D4}");
                    var transcript = new SpokenTranscript(p.PlaybackId, p.Ordinal, p.Transcript, p.DurationSamples);
                    _playing[p.PlaybackId] = (response, item, transcript, p.At.SampleRate, p.DurationSamples);
                    _generatedMs[item] = 0;
                    Emit("output_audio_buffer.started", new JsonObject { ["response_id"] = response });
                    Deltas(p.PlaybackId, 0);
                    break;
                case PlaybackFinished p when _playing.Remove(p.PlaybackId, out var done):
                    _generatedMs[done.Item] = done.Duration * 1000.0 / done.Rate;
                    Emit("response.output_audio_transcript.done", new JsonObject { ["response_id"] = done.Response, ["item_id"] = done.Item, ["output_index"] = 0, ["content_index"] = 0, ["transcript"] = done.Transcript.Text });
                    Emit("output_audio_buffer.stopped", new JsonObject { ["response_id"] = done.Response });
                    Emit("response.done", new JsonObject { ["response"] = Response(done.Response, "completed") });
                    break;
                case PlaybackCut p when _playing.Remove(p.PlaybackId, out var cut):
                    _generatedMs[cut.Item] = p.SentSamples * 1000.0 / p.At.SampleRate;
                    var done2 = Response(cut.Response, "cancelled");
                    done2["status_details"] = new JsonObject { ["type"] = "cancelled", ["reason"] = p.Reason == CutReason.BargeIn ? "turn_detected" : "client_cancelled" };
                    Emit("response.done", new JsonObject { ["response"] = done2 });
                    Emit("output_audio_buffer.cleared", new JsonObject { ["response_id"] = cut.Response });
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AgentAudioAsync(AgentOutput output, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_playing.TryGetValue(output.PlaybackId, out var playing))
            {
                _generatedMs[playing.Item] = (output.Offset + output.Count) * 1000.0 / playing.Rate;
                Deltas(output.PlaybackId, output.Offset + output.Count);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Deltas(int playbackId, long position)
    {
        var (response, item, transcript, _, _) = _playing[playbackId];
        foreach (var delta in transcript.Advance(position))
        {
            Emit("response.output_audio_transcript.delta", new JsonObject { ["response_id"] = response, ["item_id"] = item, ["output_index"] = 0, ["content_index"] = 0, ["delta"] = delta });
        }
    }

    private void OnClientEvent(ReadOnlySpan<byte> utf8, JsonObject session)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(utf8) as JsonObject;
        }
        catch (JsonException e)
        {
            Error("invalid_request_error", "invalid_json", $"The event is not valid JSON: {e.Message}", null, null);
            return;
        }

        var eventId = message?["event_id"] is JsonValue id && id.TryGetValue<string>(out var eid) ? eid : null;
        var type = message?["type"] is JsonValue t && t.TryGetValue<string>(out var name) ? name : null;
        _call.Journal.Append("media.sideband.client_event", MediaJournal.Source, new JsonObject { ["type"] = type, ["event_id"] = eventId });
        switch (type)
        {
            case null:
                Error("invalid_request_error", "missing_required_parameter", "Every client event needs a string 'type'.", "type", eventId);
                break;
            case "session.update":
                if (message!["session"] is JsonObject update)
                {
                    foreach (var (key, value) in update)
                    {
                        session[key] = value?.DeepClone();
                    }

                    Emit("session.updated", new JsonObject { ["session"] = session.DeepClone() });
                }
                else
                {
                    Error("invalid_request_error", "missing_required_parameter", "session.update needs a 'session' object.", "session", eventId);
                }

                break;
            case "conversation.item.truncate":
                Truncate(message!, eventId);
                break;
            default:
                Error("invalid_request_error", "unsupported_event",
                    $"'{type}' is not emulated on the sideband: the scripted model takes its turns from the call's audio (supported: session.update, conversation.item.truncate).", "type", eventId);
                break;
        }
    }

    /// <summary>RUN-056: audio_end_ms ≤ the audio generated for the item, else an error (OpenAI: "beyond the audio length → error").</summary>
    private void Truncate(JsonObject message, string? eventId)
    {
        var item = message["item_id"] is JsonValue i && i.TryGetValue<string>(out var itemId) ? itemId : null;
        var end = message["audio_end_ms"] is JsonValue e && e.GetValueKind() == JsonValueKind.Number ? e.GetValue<double>() : (double?)null;
        var content = message["content_index"] is JsonValue c && c.GetValueKind() == JsonValueKind.Number ? c.GetValue<int>() : 0;
        if (item is null || end is null || end < 0)
        {
            Error("invalid_request_error", "missing_required_parameter", "conversation.item.truncate needs item_id and a non-negative audio_end_ms.", item is null ? "item_id" : "audio_end_ms", eventId);
            return;
        }

        double generated;
        lock (_gate)
        {
            if (!_generatedMs.TryGetValue(item, out generated))
            {
                Error("invalid_request_error", "item_not_found", $"No assistant audio item '{item}' in this conversation.", "item_id", eventId);
                return;
            }
        }

        var lenient = _deviations.Has(MediaDeviations.TruncateUnchecked);
        _call.Journal.Append("media.sideband.truncate", MediaJournal.Source, new JsonObject { ["item_id"] = item, ["audio_end_ms"] = end, ["generated_ms"] = generated, ["accepted"] = end <= generated || lenient });
        if (end > generated && !lenient)
        {
            Error("invalid_request_error", "invalid_value", string.Create(CultureInfo.InvariantCulture, $"audio_end_ms {end} is beyond the audio generated for {item} ({generated:0.#} ms)."), "audio_end_ms", eventId);
            return;
        }

        Emit("conversation.item.truncated", new JsonObject { ["item_id"] = item, ["content_index"] = content, ["audio_end_ms"] = end });
    }

    private string ResponseFor(int playbackId) => _responses.TryGetValue(playbackId, out var id) ? id : CreateResponse(playbackId);

    private string CreateResponse(int playbackId) =>
        _responses[playbackId] = string.Create(CultureInfo.InvariantCulture, $"resp_{_call.Id[^8..]}{playbackId:D4}");

    private static JsonObject Response(string id, string status) => new()
    {
        ["id"] = id,
        ["object"] = "realtime.response",
        ["status"] = status,
        ["output"] = new JsonArray(),
    };

    private void Error(string errorType, string code, string message, string? param, string? eventId) =>
        Emit("error", new JsonObject { ["error"] = new JsonObject { ["type"] = errorType, ["code"] = code, ["message"] = message, ["param"] = param, ["event_id"] = eventId } });

    private void Emit(string type, JsonObject data)
    {
        var message = new JsonObject { ["type"] = type, ["event_id"] = string.Create(CultureInfo.InvariantCulture, $"event_{Interlocked.Increment(ref _events):D6}") };
        foreach (var (key, value) in data.ToList())
        {
            data.Remove(key);
            message[key] = value;
        }

        _outbox.Writer.TryWrite(message);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await _link.SendTextAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The socket is going away.
        }
    }

    private static double Ms(MediaTime time) => time.Milliseconds;
}
