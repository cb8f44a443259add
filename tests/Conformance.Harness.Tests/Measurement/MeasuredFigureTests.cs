using Conformance.Harness.Measurement;

namespace Conformance.Harness.Tests.Measurement;

public sealed class MeasuredFigureTests
{
    [Theory]
    [InlineData(700, 40, 700, 0, FigureVerdict.Pass)]
    [InlineData(740, 40, 700, 0, FigureVerdict.Pass)]
    [InlineData(741, 40, 700, 0, FigureVerdict.Fail)]
    [InlineData(600, 20, 700, 80, FigureVerdict.Pass)]
    [InlineData(599, 20, 700, 80, FigureVerdict.Fail)]
    public void Expect_WithinToleranceAndUncertainty_Passes(double value, double uncertainty, double expected, double tolerance, FigureVerdict verdict)
    {
        var figure = new MeasuredFigure("gap", value, uncertainty).Expect(expected, tolerance);

        Assert.Equal(verdict, figure.Verdict);
        Assert.Equal(expected, figure.ExpectedMs);
        Assert.Equal(verdict == FigureVerdict.Fail, figure.Note is not null);
    }

    [Fact]
    public void AtMost_OverBudgetByLessThanTheUncertainty_Passes()
    {
        Assert.Equal(FigureVerdict.Pass, new MeasuredFigure("gap", 530, 40).AtMost(500).Verdict);
        Assert.Equal(FigureVerdict.Fail, new MeasuredFigure("gap", 560, 40).AtMost(500).Verdict);
    }

    [Fact]
    public void AgreesWithJournal_FailedOnce_StaysFailed()
    {
        var figure = new MeasuredFigure("gap", 700, 40)
            .AgreesWithJournal(900, 20)
            .Expect(700, 0);

        Assert.Equal(FigureVerdict.Fail, figure.Verdict);
        Assert.Equal(900, figure.JournalMs);
        Assert.Contains("journal says 900", figure.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesValueExpectationAndVerdict()
    {
        var text = new MeasuredFigure("turn gap", 712.5, 60).Expect(700, 20).ToString();

        Assert.Equal("turn gap = 712.5 ± 60 ms (expected 700 ± 20 ms): pass", text);
    }
}
