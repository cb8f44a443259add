using Conformance.Audio;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Streams;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>Issue 6 Done-when over Telnyx media streaming (Omnia connectionType telnyx): PCMU as Omnia's carriers run, and PCMA.</summary>
public sealed class TelnyxStreamTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private readonly MediaStreamScenarios _scenarios = new(new RuntimeApi(fixture.Client), output);

    [Fact]
    public Task Conversation_GreetingTurnAndInstantBargeIn_MatchJournalAndClearWithin60ms() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new TelnyxDialect(StreamAudioFormat.MuLaw8k), "telnyx");

    [Fact]
    public Task HoldAndConfirm_YesDoesNotCut_LongUtteranceCutsAtConfirm() =>
        _scenarios.HoldAndConfirmAsync(() => new TelnyxDialect(StreamAudioFormat.MuLaw8k), "telnyx");

    [Fact]
    public Task Conversation_Pcma_SameTiming() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new TelnyxDialect(StreamAudioFormat.ALaw8k), "telnyx");

    [Fact]
    public Task Conversation_L16BigEndian16k_SameTiming() =>
        _scenarios.GreetingTurnAndInstantBargeAsync(() => new TelnyxDialect(new StreamAudioFormat(AudioEncoding.Pcm16, 16000, PcmByteOrder.BigEndian)), "telnyx");
}
