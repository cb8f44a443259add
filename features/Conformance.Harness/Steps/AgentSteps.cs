using System.Text.Json.Nodes;
using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>Which agent answers: its turn-taking behaviour (emulator knobs, profile roles, or Omnia's own call fields).</summary>
public sealed class AgentSteps(VoiceScenario scenario)
{
    [Given("an agent that lets the caller speak first and waits for {int} ms of trailing silence")]
    public void WaitsForCaller(int silenceMs) => scenario.Agent = AgentPlan.WaitsForCaller(silenceMs);

    [Given("an agent with instant barge-in that lets the caller speak first")]
    public void InstantBargeIn() => scenario.Agent = AgentPlan.Interruptible(confirmMs: null);

    [Given("an agent with {int} ms hold-and-confirm barge-in that lets the caller speak first")]
    public void HoldAndConfirm(int confirmMs) => scenario.Agent = AgentPlan.Interruptible(confirmMs);

    [Given("an agent with instant barge-in behind a {int} ms mic guard that lets the caller speak first")]
    public void GuardedMic(int guardMs) => scenario.Agent = AgentPlan.GuardedMic(guardMs);

    [Given("an agent that greets the caller")]
    public void Greeter() => scenario.Agent = AgentPlan.Greeter();

    [Given("an Omnia call whose first message is not interruptible")]
    public void FirstMessageNotInterruptible() =>
        scenario.Agent = AgentPlan.Omnia("uninterruptible-greeting", new JsonObject { ["firstSpeaker"] = "agent", ["interruptible"] = false });

    [Given("an Omnia call where the agent speaks first")]
    public void AgentSpeaksFirst() => scenario.Agent = AgentPlan.Omnia("default", new JsonObject { ["firstSpeaker"] = "agent" });

    [Given("an Omnia call where the caller speaks first")]
    public void CallerSpeaksFirst() => scenario.Agent = AgentPlan.Omnia("user-first", new JsonObject { ["firstSpeaker"] = "user" });

    [Given("an Omnia call with a {int} second inactivity timeout that prompts")]
    public void InactivityPrompt(int seconds) =>
        scenario.Agent = AgentPlan.Omnia("inactivity-prompt", new JsonObject { ["inactivityTimeout"] = seconds, ["inactivityAction"] = "prompt" });

    [Given("an Omnia call with a {int} second inactivity timeout that hangs up")]
    public void InactivityHangUp(int seconds) =>
        scenario.Agent = AgentPlan.Omnia("inactivity-hangup", new JsonObject { ["inactivityTimeout"] = seconds, ["inactivityAction"] = "hang_up" });

    [Given("an Omnia call with a maximum duration of {int} seconds")]
    public void MaxDuration(int seconds) => scenario.Agent = AgentPlan.Omnia("max-duration", new JsonObject { ["maxDuration"] = seconds });
}
