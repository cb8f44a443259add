using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Realtime;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Calls;

/// <summary>
/// A server-side controller truncating the agent's reply on an OpenAI call's sideband
/// (vendors.md §5.8, <c>conversation.item.truncate</c>): the position is what the caller heard
/// (measured at the ear), or a deliberately impossible one. The model must accept a position
/// within the audio it generated for the item — confirming it with
/// <c>conversation.item.truncated</c> — and refuse one beyond it with an <c>error</c>.
/// </summary>
public static class Truncation
{
    private static readonly TimeSpan s_answerWait = TimeSpan.FromSeconds(5);

    /// <summary>Opens the sideband and waits for its <c>session.created</c>.</summary>
    public static async Task OpenAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sideband = await scenario.OpenSidebandAsync(cancellationToken);
        await sideband.WaitForAsync(e => RealtimeSidebandClient.Type(e) == "session.created", 0, s_answerWait, "session.created", cancellationToken);
    }

    /// <summary>Waits until the caller has heard <paramref name="ms"/> of the reply to what it last said; returns what it heard.</summary>
    public static async Task<double> HeardOfReplyAsync(VoiceScenario scenario, int ms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var from = TurnTaking.LastUtterance(scenario).OnsetMs;
        await scenario.Leg.WaitForAsync(
            s => s.Ear.PlayedRunFrom(from) is { } run && run.EndMs >= run.StartMs + ms,
            ms + scenario.Budgets.TurnGapMs + 10_000, $"{ms} ms of the agent's reply", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var heard = seen.Ear.PlayedRunFrom(from)!.Value;
        return heard.EndMs - heard.StartMs;
    }

    /// <summary>Sends the truncate for the reply item now playing; null position = what the caller has heard of it.</summary>
    public static async Task<SentTruncate> TruncateAsync(VoiceScenario scenario, double? atMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sideband = scenario.Sideband ?? throw new InvalidOperationException("The scenario opened no realtime sideband ('a controller on the call's realtime sideband').");
        var heard = await HeardOfReplyAsync(scenario, 0, cancellationToken);
        var position = Math.Floor(atMs ?? heard);

        // The reply's assistant item: the latest one the sideband named in a transcript event.
        var (started, index) = await sideband.WaitForAsync(e => RealtimeSidebandClient.Type(e) == "output_audio_buffer.started", 0, s_answerWait, "output_audio_buffer.started for the reply", cancellationToken);
        var (named, _) = await sideband.WaitForAsync(e => ItemOf(e) is not null, index, s_answerWait, $"the assistant item of response {started["response_id"]}", cancellationToken);
        var item = ItemOf(named)!;
        var from = sideband.Events.Count;
        var eventId = await sideband.SendAsync("conversation.item.truncate", new JsonObject { ["item_id"] = item, ["content_index"] = 0, ["audio_end_ms"] = position }, cancellationToken);
        scenario.Note(string.Create(CultureInfo.InvariantCulture, $"truncate {item} at {position:0} ms (the caller had heard {heard:0} ms of it)"));
        return new SentTruncate(item, position, heard, eventId, from);
    }

    /// <summary>The sideband confirmed the truncate at the position sent, and that position is no more than what was generated.</summary>
    public static async Task ExpectConfirmedAsync(VoiceScenario scenario, SentTruncate sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(sent);
        var answer = await AnswerAsync(scenario, sent, cancellationToken);
        if (RealtimeSidebandClient.Type(answer) == "error")
        {
            throw new HarnessAssertionException(
                string.Create(CultureInfo.InvariantCulture, $"The model refused a truncate of {sent.Item} at {sent.AudioEndMs:0} ms, within what the caller had heard ({sent.HeardMs:0} ms): {answer["error"]?.ToJsonString()}"));
        }

        var confirmed = answer["audio_end_ms"] is JsonValue v && v.TryGetValue<double>(out var ms) ? ms : double.NaN;
        if (Math.Abs(confirmed - sent.AudioEndMs) > 0.5)
        {
            throw new HarnessAssertionException(
                string.Create(CultureInfo.InvariantCulture, $"conversation.item.truncated says audio_end_ms {confirmed}, not the {sent.AudioEndMs:0} ms sent: {answer.ToJsonString()}"));
        }
    }

    /// <summary>The sideband refused the truncate with an <c>error</c> of <paramref name="code"/> naming our event.</summary>
    public static async Task ExpectRefusedAsync(VoiceScenario scenario, SentTruncate sent, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(sent);
        var answer = await AnswerAsync(scenario, sent, cancellationToken);
        if (RealtimeSidebandClient.Type(answer) != "error")
        {
            throw new HarnessAssertionException(
                string.Create(CultureInfo.InvariantCulture, $"The model accepted a truncate of {sent.Item} at {sent.AudioEndMs:0} ms, beyond the audio it generated (the caller had heard {sent.HeardMs:0} ms): {answer.ToJsonString()}"));
        }

        var got = answer["error"]?["code"]?.GetValue<string>();
        if (got != code)
        {
            throw new HarnessAssertionException($"The truncate was refused with code '{got}', not '{code}': {answer.ToJsonString()}");
        }
    }

    /// <summary>The sideband's answer to our truncate: an error naming our event id, or the item's truncated event.</summary>
    private static async Task<JsonObject> AnswerAsync(VoiceScenario scenario, SentTruncate sent, CancellationToken cancellationToken)
    {
        var sideband = scenario.Sideband ?? throw new InvalidOperationException("No realtime sideband.");
        var (answer, _) = await sideband.WaitForAsync(
            e => RealtimeSidebandClient.Type(e) switch
            {
                "error" => e["error"]?["event_id"]?.GetValue<string>() == sent.EventId,
                "conversation.item.truncated" => e["item_id"]?.GetValue<string>() == sent.Item,
                _ => false,
            },
            sent.EventsBefore, s_answerWait, $"an answer to truncate {sent.EventId}", cancellationToken);
        return answer;
    }

    private static string? ItemOf(JsonObject e) =>
        RealtimeSidebandClient.Type(e).StartsWith("response.output_audio_transcript.", StringComparison.Ordinal) && e["item_id"] is JsonValue v && v.TryGetValue<string>(out var item)
            ? item
            : null;

    /// <summary>A truncate the controller sent: the item, the position, what the caller had heard, and where to look for the answer.</summary>
    public sealed record SentTruncate(string Item, double AudioEndMs, double HeardMs, string EventId, int EventsBefore);
}
