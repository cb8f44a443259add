using Conformance.Harness.Measuring;

namespace Conformance.Harness.Tests.Measuring;

public sealed class PlayedRangesTests
{
    private const int Rate = 8000;

    // 8 samples per ms: [1000, 1500) ms, a 40 ms underrun, [1540, 2000) ms, a 300 ms pause, [2300, 2600) ms.
    private static readonly SampleRange[] s_played =
    [
        new(8_000, 12_000),
        new(12_320, 16_000),
        new(18_400, 20_800),
    ];

    [Fact]
    public void Runs_UnderrunShorterThanBridge_IsOneRun()
    {
        var runs = PlayedRanges.Runs(s_played, Rate).ToList();

        Assert.Equal([new SampleRange(8_000, 16_000), new SampleRange(18_400, 20_800)], runs);
    }

    [Fact]
    public void Runs_GapOfBridgeLength_SplitsTheRun()
    {
        var bridge = (long)(PlayedRanges.BridgeMs * Rate / 1000);
        SampleRange[] played = [new(0, 800), new(800 + bridge, 1600 + bridge)];

        Assert.Equal(2, PlayedRanges.Runs(played, Rate).Count());
    }

    [Fact]
    public void FirstStartingFrom_SkipsRunsThatStartedBefore()
    {
        Assert.Equal((1000d, 2000d), PlayedRanges.FirstStartingFrom(s_played, Rate, 900));
        Assert.Equal((2300d, 2600d), PlayedRanges.FirstStartingFrom(s_played, Rate, 1200));
        Assert.Null(PlayedRanges.FirstStartingFrom(s_played, Rate, 2400));
    }

    [Fact]
    public void At_InsideTheUnderrun_IsTheWholeRun()
    {
        Assert.Equal((1000d, 2000d), PlayedRanges.At(s_played, Rate, 1520));
        Assert.Equal((1000d, 2000d), PlayedRanges.At(s_played, Rate, 2010));
        Assert.Null(PlayedRanges.At(s_played, Rate, 2100));
    }

    [Fact]
    public void MsBetween_CountsOnlyWhatPlayed()
    {
        Assert.Equal(960, PlayedRanges.MsFrom(s_played, Rate, 1000) - PlayedRanges.MsFrom(s_played, Rate, 2000), 3);
        Assert.Equal(960, PlayedRanges.MsBetween(s_played, Rate, 1000, 2000), 3);
        Assert.Equal(100, PlayedRanges.MsBetween(s_played, Rate, 2500, 9000), 3);
    }
}
