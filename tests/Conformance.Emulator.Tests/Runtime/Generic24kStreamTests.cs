using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>Issue 6 Done-when over the generic socket (Omnia connectionType websocket, pcm) at 24 kHz both ways.</summary>
public sealed class Generic24kStreamTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private const int Rate = 24000;
    private readonly MediaStreamScenarios _scenarios = new(new RuntimeApi(fixture.Client), output);

    private static JsonObject Options => new() { ["inputSampleRate"] = Rate, ["outputSampleRate"] = Rate, ["codec"] = "pcm" };

    [Fact]
    public Task Conversation_GreetingTurnAndInstantBargeIn_MatchJournalAndClearWithin60ms() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new GenericDialect(GenericDialect.Pcm(Rate, Rate)), "websocket", Options);

    [Fact]
    public Task HoldAndConfirm_YesDoesNotCut_LongUtteranceCutsAtConfirm() =>
        _scenarios.HoldAndConfirmAsync(() => new GenericDialect(GenericDialect.Pcm(Rate, Rate)), "websocket", Options);
}
