using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>Knob validation and the OpenAI server_vad / Omnia mappings (TURN-040…045).</summary>
public class PolicyMappingTests
{
    [Fact]
    public void Default_MatchesTurnSemantics()
    {
        var p = TurnPolicy.Default;
        Assert.Equal((-40.0, -45.0, 60, 500, 600, 1500), (p.VadOnDbfs, p.VadOffDbfs, p.VadMinOnsetMs, p.SilenceThresholdMs, p.ResponseMinSpeechMs, p.CommitMinIntervalMs));
        Assert.Empty(p.Validate());
    }

    [Fact]
    public void Validate_BadKnobs_EachNamed()
    {
        var errors = (TurnPolicy.Default with { VadOffDbfs = -30, SilenceThresholdMs = -1, MicGuardMs = -5, MaxDurationMs = 0, InactivityTimeoutMs = -1 }).Validate();
        Assert.Equal(["vadOffDbfs", "silenceThresholdMs", "micGuardMs", "inactivityTimeoutMs", "maxDurationMs"], errors.Select(e => e.Field));
        Assert.Throws<ArgumentException>(() => new TurnEngine(TurnPolicy.Default with { VadOnDbfs = double.NaN }, 8000));
    }

    [Theory]
    [InlineData(0.5, -40.0)]
    [InlineData(0.0, -60.0)]
    [InlineData(1.0, -20.0)]
    [InlineData(0.8, -28.0)]
    public void ServerVad_Threshold_MapsLinearlyToVadOn(double threshold, double vadOn)
    {
        var policy = new ServerVadSettings { Threshold = threshold }.ToOverrides().ApplyTo(TurnPolicy.Default);
        Assert.Equal(vadOn, policy.VadOnDbfs, 6);
        Assert.Equal(vadOn - 5, policy.VadOffDbfs, 6);
    }

    [Fact]
    public void ServerVad_PrefixPadding_OnlyShiftsReportedStart()
    {
        var policy = new ServerVadSettings { PrefixPaddingMs = 300, SilenceDurationMs = 200 }.ToOverrides().ApplyTo(TurnPolicy.Default);
        var run = new Timeline().Speech(1000, 1400).Run(policy, 3000);
        var started = run.Single<SpeechStarted>();
        Assert.Equal((1000.0, 700.0), (started.At.Milliseconds, started.ReportedStart.Milliseconds));
        Assert.Equal(1600, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void ServerVad_PrefixPaddingNearCallStart_ClampedToZero()
    {
        var policy = new ServerVadSettings().ToOverrides().ApplyTo(TurnPolicy.Default);
        Assert.Equal(0, new Timeline().Speech(100, 900).Run(policy, 2000).Single<SpeechStarted>().ReportedStart.Milliseconds);
    }

    [Fact]
    public void ServerVad_ShortUtterance_CommitsBecauseServerVadHasNoMinimum()
    {
        var policy = new ServerVadSettings().ToOverrides().ApplyTo(TurnPolicy.Default);
        Assert.Single(new Timeline().Speech(1000, 1200).Run(policy, 3000).Of<TurnCommitted>());
    }

    [Fact]
    public void ServerVad_InterruptResponseTrue_CutsAtSpeechStarted()
    {
        var policy = new ServerVadSettings().ToOverrides().ApplyTo(TurnPolicy.Default);
        var run = new Timeline().Agent(0, 5000).Speech(1000, 2000).Run(policy, 4000);
        Assert.Equal(run.Single<SpeechStarted>().DetectedAt, run.Single<BargeIn>().At);
    }

    [Fact]
    public void ServerVad_InterruptResponseFalse_NoCutButSpeechCommits()
    {
        var policy = new ServerVadSettings { InterruptResponse = false }.ToOverrides().ApplyTo(TurnPolicy.Default);
        var run = new Timeline().Agent(0, 5000).Speech(1000, 2000).Run(policy, 4000);
        run.None<BargeIn>();
        Assert.Equal(2500, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void ServerVad_IdleTimeout_MapsToInactivityPrompt()
    {
        var policy = new ServerVadSettings { IdleTimeoutMs = 6000, CreateResponse = false }.ToOverrides().ApplyTo(TurnPolicy.Default);
        Assert.Equal((6000, InactivityAction.Prompt, false), (policy.InactivityTimeoutMs, policy.InactivityAction, policy.CreateResponse));
        Assert.Equal(["idle_timeout_ms"], new ServerVadSettings { IdleTimeoutMs = 1000 }.Validate().Select(e => e.Field));
    }

    [Fact]
    public void Omnia_Defaults_FirstMessageNotInterruptibleAnd3000sCap()
    {
        var policy = new OmniaCallSettings().ToOverrides().ApplyTo(TurnPolicy.Default);
        Assert.False(policy.FirstMessageInterruptible);
        Assert.Equal(3_000_000, policy.MaxDurationMs);
        Assert.Null(policy.InactivityTimeoutMs);
    }

    [Fact]
    public void Omnia_Bounds_Validated()
    {
        var errors = new OmniaCallSettings { MaxDurationSeconds = 30, InactivityTimeoutSeconds = 400 }.Validate();
        Assert.Equal(["maxDuration", "inactivityTimeout"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Overrides_Layered_UnsetKeepsBaselineAndExplicitNullTurnsGuardOff()
    {
        var persona = new TurnPolicyOverrides { MicGuardMs = new(400), SilenceThresholdMs = 700 }.ApplyTo(TurnPolicy.Default);
        var request = new TurnPolicyOverrides { MicGuardMs = new(null) }.ApplyTo(persona);
        Assert.Equal((700, (int?)null), (request.SilenceThresholdMs, request.MicGuardMs));
    }
}
