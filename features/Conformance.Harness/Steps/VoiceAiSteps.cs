using System.Text.Json.Nodes;
using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Steps;

/// <summary>Voice.ai: connection details (a LiveKit token and a scoped end token) and ending calls.</summary>
public sealed class VoiceAiSteps(VoiceScenario scenario)
{
    [Given("a Voice.ai call from the connection details")]
    public Task OneCall(CancellationToken ct) => CreateAsync(ct);

    [Given("two Voice.ai calls from the connection details")]
    public async Task TwoCalls(CancellationToken ct)
    {
        await CreateAsync(ct);
        await CreateAsync(ct);
    }

    [When("the call is ended with its end token")]
    [When("the first call is ended with its end token")]
    public Task EndFirst(CancellationToken ct) => EndAsync(0, 0, ct);

    [When("the second call is ended with the first call's end token")]
    public Task EndSecondWithFirstsToken(CancellationToken ct) => EndAsync(1, 0, ct);

    private async Task CreateAsync(CancellationToken ct)
    {
        var client = await scenario.Session.ClientAsync(SurfaceName.VoiceAi, ct);
        var agent = scenario.Session.Setting(SurfaceName.VoiceAi, "agents.default")
            ?? throw new HarnessAssertionException("The target profile names no Voice.ai agent (surfaces.voiceai.agents.default).");
        var details = await client.SendAsync(
            RestRequest.Post("/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = agent }) with { Purpose = "connection-details" }, ct);
        var callId = details.Json?["call_id"]?.GetValue<string>();
        var endToken = details.Json?["end_token"]?.GetValue<string>();
        if (details.Status != 200 || callId is null || endToken is null)
        {
            throw new HarnessAssertionException($"Voice.ai gave no call with an end token: {details}");
        }

        scenario.VoiceAiCalls.Add((callId, endToken));
    }

    private async Task EndAsync(int call, int tokenOf, CancellationToken ct)
    {
        if (scenario.VoiceAiCalls.Count <= Math.Max(call, tokenOf))
        {
            throw new InvalidOperationException("Not enough Voice.ai calls were created.");
        }

        var client = await scenario.Session.ClientAsync(SurfaceName.VoiceAi, ct);
        await client.SendAsync(
            RestRequest.Post($"/api/v1/calls/{Uri.EscapeDataString(scenario.VoiceAiCalls[call].CallId)}/end", null)
                with { Auth = RestAuth.With(scenario.VoiceAiCalls[tokenOf].EndToken), Purpose = "end a call with an end token" },
            ct);
    }
}
