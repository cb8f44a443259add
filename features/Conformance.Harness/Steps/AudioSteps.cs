using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>What the caller hears: the greeting, its codec, how faithful it is.</summary>
public sealed class AudioSteps(VoiceScenario scenario)
{
    [Then("the caller hears the greeting")]
    public Task HearsGreeting(CancellationToken ct) => Greeting.HeardAsync(scenario, ct);

    [Then("the first caller still hears the greeting")]
    public Task StillHearsGreeting(CancellationToken ct) => Greeting.HeardAsync(scenario, ct);

    [Then("the greeting starts within {int} ms of the media starting")]
    public Task GreetingStartsWithin(int ms, CancellationToken ct) => Greeting.ExpectStartWithinAsync(scenario, ms, ct);

    [Then("the call negotiated {string}")]
    public Task Negotiated(string codec, CancellationToken ct) => NegotiatedOneOf([codec], ct);

    [Then(@"^the call negotiated one of (""[^""]+""(?:, ""[^""]+"")*)$")]
    public Task NegotiatedOneOf(string codecs, CancellationToken ct) =>
        NegotiatedOneOf(codecs.Split(", ").Select(c => c.Trim('"')).ToArray(), ct);

    private async Task NegotiatedOneOf(string[] codecs, CancellationToken ct)
    {
        // A browser knows its codec from its RTP statistics, a moment after it connects.
        await scenario.Leg.WaitForAsync(s => s.Codec is { Length: > 0 } c && !c.StartsWith('('), 5_000, "a negotiated codec", ct);
        var seen = await scenario.Leg.ObserveAsync(ct);
        if (!codecs.Contains(seen.Codec, StringComparer.OrdinalIgnoreCase))
        {
            throw new HarnessAssertionException($"The call negotiated {seen.Codec}, not {string.Join(" or ", codecs)}.");
        }

        scenario.Note($"codec negotiated: {seen.Codec}");
    }

    [Then("the greeting heard is at least {int} dB above its distortion")]
    public Task GreetingSnr(int db, CancellationToken ct) => Greeting.ExpectSnrAsync(scenario, db, ct);

    [Then("the greeting heard at {int} Hz is at least {int} dB above its distortion")]
    public async Task GreetingSnrAt(int rate, int db, CancellationToken ct)
    {
        var seen = await scenario.Leg.ObserveAsync(ct);
        if (seen.Ear.SampleRate != rate)
        {
            throw new InvalidOperationException($"The caller plays out at {seen.Ear.SampleRate} Hz, not {rate} Hz.");
        }

        await Greeting.ExpectSnrAsync(scenario, db, ct);
    }

    [Then(@"^the greeting decoded as (µ-law|A-law) is at least (\d+) dB above its distortion$")]
    public async Task GreetingSnrAsLaw(string law, int db, CancellationToken ct)
    {
        var seen = await scenario.Leg.ObserveAsync(ct);
        var announced = seen.Codec?.StartsWith("MuLaw", StringComparison.Ordinal) == true ? "µ-law" : seen.Codec?.StartsWith("ALaw", StringComparison.Ordinal) == true ? "A-law" : seen.Codec;
        if (announced != law)
        {
            throw new InvalidOperationException($"The stream announced {seen.Codec}, so the caller decodes {announced}, not {law}.");
        }

        await Greeting.ExpectSnrAsync(scenario, db, ct);
    }
}
