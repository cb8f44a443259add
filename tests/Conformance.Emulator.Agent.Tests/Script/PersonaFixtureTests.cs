using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.TestSupport;

namespace Conformance.Emulator.Agent.Tests.Script;

/// <summary>Every persona shipped in fixtures/model/personas loads, refers only to manifest clip ids, and behaves as its README row says.</summary>
public class PersonaFixtureTests
{
    private static readonly IReadOnlyDictionary<string, Persona> s_personas =
        PersonaLoader.LoadDirectory(RepoPaths.InRepo("fixtures", "model", "personas"), SyntheticClips.Catalog);

    [Fact]
    public void Fixtures_AllLoadWithTheDocumentedIds()
    {
        Assert.Equal(
            ["default", "hold-and-confirm", "inactivity-hangup", "inactivity-prompt", "instant-barge", "ivr", "long-replies", "no-aec", "preroll", "slow-thinker", "uninterruptible-greeting", "user-first"],
            s_personas.Keys.Order(StringComparer.Ordinal));
        var readme = File.ReadAllText(RepoPaths.InRepo("fixtures", "model", "personas", "README.md"));
        Assert.All(s_personas.Keys, id => Assert.Contains($"| `{id}` |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Default_GreetsThenAnswers()
    {
        var h = new SessionHarness(s_personas["default"]).Speech(4000, 5000).Run(9000);
        Assert.Equal(["greeting", "reply-2s"], h.Of<PlaybackStarted>().Select(p => p.ClipId));
        Assert.Equal(5700, h.Of<PlaybackStarted>().Last().At.Milliseconds);
    }

    [Fact]
    public void UninterruptibleGreeting_SpeechOverGreetingNeitherCutsNorCommits()
    {
        var h = new SessionHarness(s_personas["uninterruptible-greeting"]).Speech(500, 2000).Run(6000);
        Assert.Empty(h.Of<PlaybackCut>());
        Assert.Empty(h.Of<TurnCommitted>());
    }

    [Fact]
    public void NoAec_EchoOfTheGreetingIsNotATurn()
    {
        var h = new SessionHarness(s_personas["no-aec"]).Speech(0, 3000, -30).Speech(3400, 3500, -30).Run(6000);
        Assert.Empty(h.Of<SpeechStarted>());
    }

    [Fact]
    public void Ivr_DigitTwoAnsweredAfter400Ms()
    {
        var h = new SessionHarness(s_personas["ivr"]).Digit(4000, "2").Run(6000);
        Assert.Equal(4420, h.Of<PlaybackStarted>().Single(p => p.ClipId == "reply-4s").At.Milliseconds);
    }

    [Fact]
    public void SlowThinker_TurnGapIsSilencePlus800()
    {
        var h = new SessionHarness(s_personas["slow-thinker"]).Speech(4000, 5000).Run(8000);
        Assert.Equal(6300, h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply).At.Milliseconds);
    }

    [Fact]
    public void UserFirst_And_Inactivity_PersonaKnobsApplied()
    {
        Assert.Equal(FirstSpeaker.User, s_personas["user-first"].Turn.ApplyTo(TurnPolicy.Default).FirstSpeaker);
        Assert.Equal(InactivityAction.HangUp, s_personas["inactivity-hangup"].Turn.ApplyTo(TurnPolicy.Default).InactivityAction);
        Assert.Equal(BargeInMode.Instant, s_personas["instant-barge"].Turn.ApplyTo(TurnPolicy.Default).BargeIn);
    }
}
