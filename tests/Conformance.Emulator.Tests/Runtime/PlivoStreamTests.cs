using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Streams;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>Issue 6 Done-when over Plivo audio streams (Omnia connectionType plivo): playAudio, checkpoint, clearAudio.</summary>
public sealed class PlivoStreamTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private readonly MediaStreamScenarios _scenarios = new(new RuntimeApi(fixture.Client), output);

    [Fact]
    public Task Conversation_GreetingTurnAndInstantBargeIn_MatchJournalAndClearWithin60ms() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new PlivoDialect(StreamAudioFormat.MuLaw8k), "plivo");

    [Fact]
    public Task HoldAndConfirm_YesDoesNotCut_LongUtteranceCutsAtConfirm() =>
        _scenarios.HoldAndConfirmAsync(() => new PlivoDialect(StreamAudioFormat.MuLaw8k), "plivo");
}
