using System.Reflection;
using System.Runtime.InteropServices;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;

namespace Conformance.Gherkin.Running;

/// <summary>The run's Cucumber Messages, in the order Cucumber emits them. Thread-safe.</summary>
internal sealed class MessageLog
{
    private readonly List<Envelope> _envelopes = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<Envelope> Envelopes
    {
        get
        {
            lock (_lock)
            {
                return [.. _envelopes];
            }
        }
    }

    public static Meta DefaultMeta() => new(
        "34.2.1",
        new Product("Conformance.Gherkin", typeof(MessageLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion),
        new Product(".NET", Environment.Version.ToString()),
        new Product(RuntimeInformation.OSDescription),
        new Product(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()));

    public void Add(Envelope envelope)
    {
        lock (_lock)
        {
            _envelopes.Add(envelope);
        }
    }

    /// <summary>Sources, documents (or parse errors), pickles, then the glue: definitions, hooks, parameter types.</summary>
    public void AddDefinitions(TestPlan plan)
    {
        foreach (var file in plan.Features.Files)
        {
            Add(new Envelope { Source = new Source(file.Uri, file.Source, GherkinParser.MediaType(file.Kind)) });
            if (file.Document is { } document)
            {
                Add(new Envelope { GherkinDocument = document });
            }

            foreach (var error in file.Errors)
            {
                Add(new Envelope { ParseError = new ParseErrorMessage(new SourceReference(file.Uri, error.Location), error.Message) });
            }

            foreach (var pickle in file.Pickles)
            {
                Add(new Envelope { Pickle = pickle });
            }
        }

        foreach (var step in plan.Bindings.Steps)
        {
            var type = step.Expression.Kind;
            Add(new Envelope { StepDefinition = new StepDefinitionMessage(step.Id, new StepDefinitionPattern(step.Expression.Source, type), step.Source) });
        }

        foreach (var hook in plan.Bindings.Hooks)
        {
            var type = hook.Kind switch
            {
                HookKind.BeforeTestRun => HookType.BeforeTestRun,
                HookKind.AfterTestRun => HookType.AfterTestRun,
                HookKind.BeforeScenario => HookType.BeforeTestCase,
                HookKind.AfterScenario => HookType.AfterTestCase,
                HookKind.BeforeStep => HookType.BeforeTestStep,
                _ => HookType.AfterTestStep,
            };
            Add(new Envelope { Hook = new HookMessage(hook.Id, hook.Name, hook.Source, hook.TagSource, type) });
        }

        foreach (var (type, id, source) in plan.Bindings.DefinedParameterTypes)
        {
            Add(new Envelope
            {
                ParameterType = new ParameterTypeMessage(type.Name, type.RegularExpressions, type.PreferForRegularExpressionMatch, type.UseForSnippets, id, source),
            });
        }
    }

    public static TestStepResult Result(StepStatus status, TimeSpan duration, Exception? error, string? message) => new(
        Duration.From(duration),
        message ?? error?.Message,
        status switch
        {
            StepStatus.Passed => TestStepResultStatus.Passed,
            StepStatus.Skipped => TestStepResultStatus.Skipped,
            StepStatus.Pending => TestStepResultStatus.Pending,
            StepStatus.Undefined => TestStepResultStatus.Undefined,
            StepStatus.Ambiguous => TestStepResultStatus.Ambiguous,
            _ => TestStepResultStatus.Failed,
        },
        error is null ? null : new ExceptionInfo(error.GetType().FullName ?? error.GetType().Name, error.Message, error.StackTrace));
}
