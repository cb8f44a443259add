namespace Conformance.Cli.Tests.Support;

internal static class SampleFeatures
{
    public const string Passing = """
        @math
        Feature: Numbers
          Scenario: small number
            Given the number 1
            Then it is less than 10

          @timeline
          Scenario: with a timeline
            Given the number 2
            Then a timeline is attached
        """;

    public const string Failing = """
        Feature: Limits
          Scenario: too big
            Given the number 12
            Then it is less than 10
        """;

    public const string Undefined = """
        Feature: Gaps
          Scenario: nobody wrote it
            Given the number 1
            Then the moon is made of cheese
        """;

    public const string Broken = """
        Feature: Broken
          Scenario: stray text
            Given the number 1
            this line is not Gherkin
        """;

    public const string Meeting = """
        Feature: Meeting
          Scenario: first
            When two scenarios meet

          Scenario: second
            When two scenarios meet
        """;

    /// <summary>The second scenario waits until the run is interrupted; <c>KEY</c> names it for <see cref="Steps.Interrupts"/>.</summary>
    public const string Interruptible = """
        Feature: Interrupt
          Scenario: quick
            Given the number 1

          Scenario: slow
            When the step "KEY" waits to be interrupted
        """;
}
