using System.Text.Json.Nodes;
using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Steps;

/// <summary>Call lifecycle: inactivity, maximum duration, ending calls, leases, single-use URLs.</summary>
public sealed class LifecycleSteps(VoiceScenario scenario)
{
    [Then("the agent checks in {int} seconds after its greeting ended")]
    public Task ChecksIn(int seconds, CancellationToken ct) => Lifecycle.ExpectInactivityMessageAsync(scenario, seconds, "check-in", ct);

    [Then("the agent says goodbye {int} seconds after its greeting ended")]
    public Task SaysGoodbye(int seconds, CancellationToken ct) => Lifecycle.ExpectInactivityMessageAsync(scenario, seconds, "goodbye", ct);

    [Then("the call is still up")]
    public Task StillUp(CancellationToken ct) => Lifecycle.ExpectStillUpAsync(scenario, ct);

    [Then("the agent ends the call after its goodbye")]
    public Task EndsAfterGoodbye(CancellationToken ct) => Lifecycle.ExpectEndsAfterLastMessageAsync(scenario, ct);

    [Then("the agent ends the call {int} seconds after the media started")]
    public Task EndsAt(int seconds, CancellationToken ct) => Lifecycle.ExpectEndsAtAsync(scenario, seconds, ct);

    [Then("the call's record says it has ended")]
    public Task RecordEnded(CancellationToken ct) => Lifecycle.ExpectRecordEndedAsync(scenario, ct);

    [When("the voice connection is ended through the Everruns API")]
    public Task EndEverruns(CancellationToken ct) => EndThroughApiAsync(
        SurfaceName.Everruns,
        RestRequest.Post($"/v1/sessions/{scenario.Call.Detail("session_id")}/voice/{scenario.Call.SurfaceCallId}/end", new JsonObject { ["reason"] = "conformance: ended by the caller's app" }) with { Purpose = "end_call" },
        ct);

    [When("the call is hung up through the OpenAI API")]
    public Task HangUpOpenAI(CancellationToken ct) => EndThroughApiAsync(
        SurfaceName.OpenAI, RestRequest.Post($"/v1/realtime/calls/{scenario.Call.SurfaceCallId}/hangup", null) with { Purpose = "hangup" }, ct);

    [When("the call is hung up through the ClutchCall API")]
    public Task HangUpClutchCall(CancellationToken ct) => EndThroughApiAsync(
        SurfaceName.ClutchCall,
        ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = ClutchCallRequests.OrgId(scenario.Session), ["sid"] = scenario.Call.SurfaceCallId }),
        ct);

    [Then("the caller hears no more of the agent")]
    public Task HearsNoMore(CancellationToken ct) =>
        Lifecycle.ExpectSilentFromAsync(scenario, scenario.EndedByApiAtMs ?? throw new InvalidOperationException("The call was not ended through an API."), ct);

    [Then("the callee's leg is closed")]
    public Task CalleeClosed(CancellationToken ct) => scenario.Leg.WaitForAsync(s => s.Ended, 5000, "the emulator closing the callee's leg", ct);

    [Then("the ClutchCall call's status is {string}")]
    public async Task ClutchCallStatus(string status, CancellationToken ct)
    {
        var client = await scenario.Session.ClientAsync(SurfaceName.ClutchCall, ct);
        var got = await client.SendAsync(ClutchCallRequests.Get(scenario.Session, scenario.Call.SurfaceCallId), ct);
        var actual = got.Json?["result"]?["data"]?["status"]?.GetValue<string>();
        if (actual != status)
        {
            throw new HarnessAssertionException($"The call's status is {actual ?? "missing"}, not {status}: {got}");
        }
    }

    [When("the lease clock moves past the voice connection's expires_at")]
    public async Task LeaseClockPastExpiry(CancellationToken ct)
    {
        var control = scenario.Session.Target.Control ?? throw new HarnessAssertionException("Moving the lease clock needs an emulator's control plane (@emulator-only).");
        var clock = await control.AdvanceClockAsync(TimeSpan.Zero, ct);
        var now = DateTimeOffset.Parse(clock["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        // A call's response carries the lease's expires_at. A client-secret response's expires_at
        // is the secret's (10 minutes), not the lease's: the lease is one hour after creation
        // (EVR-LEASE-001), and creation was before now.
        var expires = scenario.Calls.Count > 0
            ? DateTimeOffset.Parse(scenario.Call.Detail("expires_at") ?? throw new HarnessAssertionException("The voice connection has no expires_at."), System.Globalization.CultureInfo.InvariantCulture)
            : scenario.VoiceConnection is not null
                ? now + TimeSpan.FromHours(1)
                : throw new HarnessAssertionException("There is no voice connection to expire.");
        await control.AdvanceClockAsync(expires - now + TimeSpan.FromSeconds(1), ct);
        if (scenario.Calls.Count > 0)
        {
            scenario.EndedByApiAtMs = (await scenario.Leg.ObserveAsync(ct)).NowMs;
        }
    }

    [Given("an Everruns voice connection made for a client secret")]
    public async Task VoiceConnectionForClientSecret(CancellationToken ct)
    {
        var everruns = await scenario.Session.ClientAsync(SurfaceName.Everruns, ct);
        var session = await everruns.SendAsync(RestRequest.Post("/v1/sessions", new JsonObject { ["agent_id"] = scenario.Session.Setting(SurfaceName.Everruns, "agents.default") }) with { Purpose = "a session" }, ct);
        var sessionId = session.Json?["id"]?.GetValue<string>() ?? throw new HarnessAssertionException($"No session: {session}");
        var secret = await everruns.SendAsync(RestRequest.Post($"/v1/sessions/{sessionId}/voice/client-secret", new JsonObject()) with { Purpose = "a voice connection for a client secret" }, ct);
        var voice = secret.Json?.AsObject() ?? throw new HarnessAssertionException($"No voice connection: {secret}");
        voice["session_id"] = sessionId;
        scenario.VoiceConnection = voice;
    }

    [Then("attaching a realtime call to the voice connection is refused with {int}")]
    public async Task AttachRefused(int status, CancellationToken ct)
    {
        var voice = scenario.VoiceConnection ?? throw new InvalidOperationException("No voice connection was made.");
        var callId = await new Contract.ContractContext(scenario).OpenAICallAsync(ct);
        var everruns = await scenario.Session.ClientAsync(SurfaceName.Everruns, ct);
        var attach = await everruns.SendAsync(RestRequest.Post(
            $"/v1/sessions/{voice["session_id"]}/voice/{voice["voice_connection_id"]}/attach", new JsonObject { ["provider_call_id"] = callId }) with { Purpose = "attach after expiry" }, ct);
        if (attach.Status != status)
        {
            throw new HarnessAssertionException($"Attaching to a voice connection whose lease expired was not refused with {status}: {attach}");
        }
    }

    [When("the lease clock moves on by {int} minutes")]
    public async Task LeaseClockOn(int minutes, CancellationToken ct)
    {
        var control = scenario.Session.Target.Control ?? throw new HarnessAssertionException("Moving the lease clock needs an emulator's control plane (@emulator-only).");
        await control.AdvanceClockAsync(TimeSpan.FromMinutes(minutes), ct);
    }

    [Then("the voice connection reports that it has ended")]
    public async Task VoiceConnectionEnded(CancellationToken ct)
    {
        var everruns = await scenario.Session.ClientAsync(SurfaceName.Everruns, ct);
        var end = await everruns.SendAsync(
            RestRequest.Post($"/v1/sessions/{scenario.Call.Detail("session_id")}/voice/{scenario.Call.SurfaceCallId}/end", new JsonObject()) with { Purpose = "end_call after expiry" }, ct);
        var status = end.Json?["status"]?.GetValue<string>();
        if (end.Status != 200 || status is "active" or "starting" or null)
        {
            throw new HarnessAssertionException($"The voice connection does not say it ended after its lease expired: {end}");
        }
    }

    [Given("an Omnia call over Twilio that nobody has connected to")]
    public async Task UnconnectedOmniaCall(CancellationToken ct) =>
        await OmniaCalls.CreateAsync(scenario.Session, scenario.Agents, scenario.Agent, new CallTransport(CallTransportKind.Twilio), ct);

    [When("someone else connects to the same websocketUrl")]
    public Task SecondConnection(CancellationToken ct) =>
        TryConnectAsync(scenario.Call.Detail("websocketUrl") ?? throw new InvalidOperationException("The call has no websocketUrl."), ct);

    [When("someone connects to a websocketUrl that was never issued")]
    public async Task UnknownUrl(CancellationToken ct)
    {
        var omnia = scenario.Session.Surface(SurfaceName.Omnia);
        var ws = new UriBuilder(omnia.BaseUrl) { Scheme = omnia.BaseUrl.Scheme == "https" ? "wss" : "ws" };
        ws.Path = ws.Path.TrimEnd('/') + "/ws/" + Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture);
        await TryConnectAsync(ws.Uri.AbsoluteUri, ct);
    }

    [Then("connecting to its websocketUrl is refused with {int}")]
    public async Task ConnectRefused(int status, CancellationToken ct)
    {
        var url = scenario.LastExchange?.Json?["websocketUrl"]?.GetValue<string>() ?? throw new InvalidOperationException("No call with a websocketUrl was created.");
        await TryConnectAsync(url, ct);
        RefusedWith(status);
    }

    [Then("that connection is refused with {int}")]
    public void RefusedWith(int status)
    {
        if (scenario.RefusedUpgradeStatus != status)
        {
            throw new HarnessAssertionException(scenario.RefusedUpgradeStatus is null
                ? $"The connection was accepted; it should have been refused with {status}."
                : $"The connection was refused with {scenario.RefusedUpgradeStatus}, not {status}.");
        }
    }

    private async Task TryConnectAsync(string url, CancellationToken ct)
    {
        try
        {
            await using var intruder = await MediaStreamCall.ConnectAsync(new Uri(url), new TwilioProvider(), scenario.Session.Target.Time, null, ct);
            scenario.RefusedUpgradeStatus = null;
            await intruder.HangUpAsync(ct);
        }
        catch (StreamConnectException e)
        {
            scenario.RefusedUpgradeStatus = e.HttpStatus;
        }
    }

    private async Task EndThroughApiAsync(SurfaceName surface, RestRequest request, CancellationToken ct)
    {
        var client = await scenario.Session.ClientAsync(surface, ct);
        await client.SendAsync(request, ct);
        scenario.EndedByApiAtMs = (await scenario.Leg.ObserveAsync(ct)).NowMs;
    }
}
