using System.Reflection;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Expressions;

namespace Conformance.Gherkin.Running;

/// <summary>Turns a step match into the method's arguments: converted expression arguments, the data table or doc string, the token.</summary>
internal static class StepArguments
{
    public static object?[] For(StepMatch match, PlannedStep step, ParameterTypeRegistry registry, CancellationToken cancellationToken)
    {
        var parameters = match.Binding.Method.GetParameters();
        var values = new object?[parameters.Length];
        var next = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type == typeof(CancellationToken))
            {
                values[i] = cancellationToken;
            }
            else if (next < match.Arguments.Count)
            {
                values[i] = Convert(match.Arguments[next++], parameters[i], registry);
            }
            else
            {
                values[i] = StepArgument(step, parameters[i]);
            }
        }

        return values;
    }

    private static object? Convert(ExpressionArgument argument, ParameterInfo parameter, ParameterTypeRegistry registry)
    {
        var target = parameter.ParameterType;
        try
        {
            if (argument.ParameterType is { } type && (registry.Defined.Contains(type) || registry.LookupByType(target) is null))
            {
                return type.Transform(argument.GroupValues, target);
            }

            // A regular-expression capture or {} converts by the parameter's type.
            return registry.LookupByType(target) is { } custom
                ? custom.Transform([argument.Group.Value], target)
                : StepArgumentConverter.Convert(argument.Group.Value, target);
        }
        catch (FormatException e)
        {
            throw new FormatException($"Argument '{parameter.Name}' ('{argument.Group.Value}') could not be converted to {target.Name}: {e.Message}", e);
        }
    }

    private static object? StepArgument(PlannedStep step, ParameterInfo parameter)
    {
        var argument = step.Step.Argument;
        var type = parameter.ParameterType;
        if (argument?.DataTable is { } table && (type == typeof(DataTable) || type == typeof(object)))
        {
            return new DataTable([.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Value)])]);
        }

        if (argument?.DocString is { } doc && (type == typeof(DocString) || type == typeof(object)))
        {
            return new DocString(doc.Content, doc.MediaType);
        }

        if (argument?.DocString is { } text && type == typeof(string))
        {
            return text.Content;
        }

        var has = argument?.DataTable is not null ? "a data table" : argument?.DocString is not null ? "a doc string" : "no data table or doc string";
        throw new InvalidOperationException($"The step definition's parameter '{parameter.Name}' ({type.Name}) expects the step's argument, but the step has {has}.");
    }
}
