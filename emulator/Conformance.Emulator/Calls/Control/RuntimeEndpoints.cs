using System.Text.Json.Nodes;
using Conformance.Emulator.Calls.Media;
using Conformance.Emulator.Calls.Numbers;
using Conformance.Emulator.Control;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Control;

/// <summary>
/// The call runtime's control-plane routes under <c>/_emulator</c> (specs/runtime.md §8, documented
/// in openapi.json under the Emulator control tag): the number plan, and each call's uplink
/// recording as a WAV file.
/// </summary>
public static class RuntimeEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var c = app.MapGroup("/_emulator");
        c.MapGet("/numbers", ListNumbers).WithName("listNumbers");
        c.MapPut("/numbers/{number}", PutNumberAsync).WithName("putNumber");
        c.MapDelete("/numbers/{number}", DeleteNumber).WithName("deleteNumber");
        c.MapGet("/calls/{callId}/recording", Recording).WithName("getCallRecording");
    }

    /// <summary>GET /_emulator/numbers: every number of the plan (RUN-044).</summary>
    public static IResult ListNumbers(NumberPlan numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. numbers.All.Select(n => (JsonNode)n.ToJson())]) });
    }

    /// <summary>PUT /_emulator/numbers/{number}: add (201) or replace (200) where an outbound call to the number goes.</summary>
    public static async Task<IResult> PutNumberAsync(HttpContext http, string number, NumberPlan numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var endpoint = NumberPlanParser.Parse(reader, number);
        ControlHandlers.ThrowIfInvalid(reader);
        var added = numbers.Set(endpoint!);
        return SurfaceResult.Ok(endpoint!.ToJson(), added ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static IResult DeleteNumber(string number, NumberPlan numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (!numbers.Remove(number))
        {
            ControlErrors.Throw(ControlError.NotFound, $"no number '{number}' in the number plan");
        }

        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    /// <summary>
    /// GET /_emulator/calls/{callId}/recording: the caller leg as a WAV (PCM16 mono at the caller
    /// rate) on the call timeline, so far or complete (RUN-040…042). 404 when the call is unknown,
    /// recording was off (Omnia <c>recordingEnabled:false</c>) or its media never came up.
    /// </summary>
    public static IResult Recording(string callId, EmulatorStore store, RecordingStore recordings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(recordings);
        var call = store.FindCall(callId) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, $"no call '{callId}'"));
        var why = call.Omnia is { RecordingEnabled: false } ? "recording is disabled for this call (recordingEnabled: false)" : "this call has no caller audio recorded (its media never came up)";
        var recording = recordings.Find(call.Id) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, why, "no_recording"));

        return Results.Bytes(recording.ToWav(), "audio/wav", $"{call.Id}.wav");
    }
}
