using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>Issue 6 Done-when over Twilio Media Streams (Omnia connectionType twilio), a real client on the provider side.</summary>
public sealed class TwilioStreamTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private readonly MediaStreamScenarios _scenarios = new(new RuntimeApi(fixture.Client), output);

    [Fact]
    public Task Conversation_GreetingTurnAndInstantBargeIn_MatchJournalAndClearWithin60ms() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new TwilioDialect(), "twilio");

    [Fact]
    public Task HoldAndConfirm_YesDoesNotCut_LongUtteranceCutsAtConfirm() =>
        _scenarios.HoldAndConfirmAsync(() => new TwilioDialect(), "twilio");
}
