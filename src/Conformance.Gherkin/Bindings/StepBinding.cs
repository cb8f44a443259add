using System.Reflection;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Bindings;

/// <summary>A usable step definition: its expression and the method it calls.</summary>
public sealed record StepBinding(string Id, StepKeyword Keyword, IStepExpression Expression, MethodInfo Method, SourceReference Source)
{
    /// <summary>Whether the method takes the step's data table or doc string.</summary>
    public bool TakesStepArgument => ParameterCount > Expression.ArgumentCount;

    internal int ParameterCount => Method.GetParameters().Count(p => p.ParameterType != typeof(CancellationToken));

    public override string ToString() => $"[{Keyword}(\"{Expression.Source}\")] {Method.DeclaringType?.Name}.{Method.Name}";
}
