using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

public sealed class MeasurementTests
{
    [Fact]
    public void Interval_IsTheDifferenceWithItsBracket_NotYetJudged()
    {
        var gap = Measurement.Interval("turn gap", 2580, 3290, 40, "TURN-004");

        Assert.Equal((710.0, 2580.0, 3290.0, MeasurementVerdict.Info, "TURN-004"), (gap.ValueMs, gap.FromMs!.Value, gap.ToMs!.Value, gap.Verdict, gap.SpecId));
    }

    [Theory]
    [InlineData(760, MeasurementVerdict.Pass)]
    [InlineData(640, MeasurementVerdict.Pass)]
    [InlineData(761, MeasurementVerdict.Fail)]
    [InlineData(639, MeasurementVerdict.Fail)]
    public void Expect_WithinTolerance_Passes(double measured, MeasurementVerdict verdict)
    {
        var gap = Measurement.Interval("turn gap", 0, measured, 40).Expect(700, 60);

        Assert.Equal((verdict, 700.0, 60.0), (gap.Verdict, gap.ExpectedMs!.Value, gap.ToleranceMs!.Value));
    }

    [Fact]
    public void WithinBudget_AfterAFailedExpectation_StaysFailed()
    {
        var gap = Measurement.Interval("turn gap", 0, 900, 40).Expect(700, 60).WithinBudget(1500);

        Assert.Equal(MeasurementVerdict.Fail, gap.Verdict);
        Assert.Equal(1500, gap.BudgetMs);
    }

    [Fact]
    public void WithinBudget_OverBudget_Fails() =>
        Assert.Equal(MeasurementVerdict.Fail, Measurement.Interval("barge stop", 0, 301, 20).WithinBudget(300).Verdict);

    [Fact]
    public void WithJournal_KeepsTheVerdict()
    {
        var gap = Measurement.Interval("turn gap", 0, 700, 40).Expect(700, 60).WithJournal(705);

        Assert.Equal((MeasurementVerdict.Pass, 705.0), (gap.Verdict, gap.JournalMs!.Value));
    }
}
