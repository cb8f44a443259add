using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>The events a timeline produced, and when agent audio actually went out.</summary>
internal sealed record TimelineRun(IReadOnlyList<TurnEvent> Events, IReadOnlyList<(double From, double To)> AgentAudible)
{
    public IEnumerable<T> Of<T>() where T : TurnEvent => Events.OfType<T>();

    public T Single<T>() where T : TurnEvent => Assert.Single(Events.OfType<T>());

    public void None<T>() where T : TurnEvent => Assert.Empty(Events.OfType<T>());

    /// <summary>The end of the last agent frame that went out, in ms (or null).</summary>
    public double? LastAgentAudioMs => AgentAudible.Count == 0 ? null : AgentAudible[^1].To;
}
