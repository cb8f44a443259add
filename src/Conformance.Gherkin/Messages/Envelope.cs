using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Messages;

/// <summary>
/// One Cucumber Messages envelope (one NDJSON line): exactly one property is set. Shapes follow
/// cucumber/messages' JSON schema (messages 34), so Cucumber's formatters can read our runs.
/// </summary>
public sealed record Envelope
{
    public Meta? Meta { get; init; }

    public Source? Source { get; init; }

    public GherkinDocument? GherkinDocument { get; init; }

    public Pickle? Pickle { get; init; }

    public ParseErrorMessage? ParseError { get; init; }

    public StepDefinitionMessage? StepDefinition { get; init; }

    public HookMessage? Hook { get; init; }

    public ParameterTypeMessage? ParameterType { get; init; }

    public TestRunStarted? TestRunStarted { get; init; }

    public TestCaseMessage? TestCase { get; init; }

    public TestCaseStarted? TestCaseStarted { get; init; }

    public TestStepStarted? TestStepStarted { get; init; }

    public TestStepFinished? TestStepFinished { get; init; }

    public TestCaseFinished? TestCaseFinished { get; init; }

    public TestRunHookStarted? TestRunHookStarted { get; init; }

    public TestRunHookFinished? TestRunHookFinished { get; init; }

    public AttachmentMessage? Attachment { get; init; }

    public Suggestion? Suggestion { get; init; }

    public TestRunFinished? TestRunFinished { get; init; }
}
