using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>The caller: how they call, what they say and when, hanging up.</summary>
public sealed class CallerSteps(VoiceScenario scenario)
{
    [Given("a caller on {transport}")]
    public Task CallerOn(CallTransport transport, CancellationToken ct) => scenario.PlaceCallAsync(transport, ct);

    [Given("a caller on Telnyx using {word}")]
    public Task CallerOnTelnyx(string codec, CancellationToken ct) =>
        scenario.PlaceCallAsync(new CallTransport(CallTransportKind.Telnyx) { TelnyxCodec = codec is "PCMU" or "PCMA" ? codec : throw new ArgumentException($"Telnyx codec {codec}?") }, ct);

    [Given("a caller on a generic socket at {int} Hz")]
    public Task CallerOnGenericAt(int rate, CancellationToken ct) =>
        scenario.PlaceCallAsync(new CallTransport(CallTransportKind.Generic) { GenericRate = rate }, ct);

    [Given(@"^a caller on (WebRTC|OpenAI WebRTC) offering ((?:opus|PCMU|PCMA)(?:, (?:opus|PCMU|PCMA))*)$")]
    public Task CallerOffering(string transport, string codecs, CancellationToken ct) =>
        scenario.PlaceCallAsync(CallTransport.Parse(transport) with { OfferedCodecs = codecs.Split(',', StringSplitOptions.TrimEntries) }, ct);

    [When("the caller says {string}")]
    public Task Says(string clip, CancellationToken ct) => scenario.SayAsync(clip, ct);

    [When("the caller says {string} {int} ms into the agent's reply")]
    public Task SaysIntoReply(string clip, int delayMs, CancellationToken ct) => BargeIn.SayIntoAgentAudioAsync(scenario, clip, delayMs, intoGreeting: false, ct);

    [When("the caller says {string} {int} ms into the agent's greeting")]
    public Task SaysIntoGreeting(string clip, int delayMs, CancellationToken ct) => BargeIn.SayIntoAgentAudioAsync(scenario, clip, delayMs, intoGreeting: true, ct);

    [When("the greeting has started")]
    public Task GreetingStarted(CancellationToken ct) => Greeting.StartedAsync(scenario, ct);

    [When("the greeting has finished")]
    public Task GreetingFinished(CancellationToken ct) => Greeting.FinishedAsync(scenario, ct);

    [When("the caller hangs up")]
    public Task HangsUp(CancellationToken ct) => scenario.Leg.HangUpAsync(ct);
}
