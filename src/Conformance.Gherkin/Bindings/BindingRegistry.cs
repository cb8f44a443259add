using System.Reflection;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// The step definitions, hooks and parameter types found in the step assemblies. Problems (a bad
/// expression, a method whose parameters do not fit) are collected in <see cref="Problems"/>, not
/// thrown, so a dry run can list them all.
/// </summary>
public sealed class BindingRegistry
{
    private readonly List<StepBinding> _steps = [];
    private readonly List<HookBinding> _hooks = [];
    private readonly List<BindingProblem> _problems = [];
    private readonly List<(ParameterType Type, string Id, SourceReference Source)> _parameterTypes = [];

    private BindingRegistry()
    {
    }

    public ParameterTypeRegistry ParameterTypes { get; } = new();

    public IReadOnlyList<StepBinding> Steps => _steps;

    public IReadOnlyList<HookBinding> Hooks => _hooks;

    public IReadOnlyList<BindingProblem> Problems => _problems;

    /// <summary>Custom parameter types with their message ids.</summary>
    public IReadOnlyList<(ParameterType Type, string Id, SourceReference Source)> DefinedParameterTypes => _parameterTypes;

    /// <summary>The classes of the step assemblies, by full name (where startup classes are looked for).</summary>
    public IReadOnlyList<Type> Types { get; private set; } = [];

    /// <summary>Bindings from the public classes of the assemblies.</summary>
    public static BindingRegistry FromAssemblies(IEnumerable<Assembly> assemblies, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return FromTypes(assemblies.Distinct().SelectMany(LoadableTypes).Where(t => t.IsVisible), ids);
    }

    /// <summary>Bindings from the given classes only (a host or test that wants a closed set).</summary>
    public static BindingRegistry FromTypes(IEnumerable<Type> candidates, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ids);
        var registry = new BindingRegistry();
        var types = candidates
            .Distinct()
            .Where(t => t.IsClass && !(t.IsAbstract && !t.IsSealed) && !t.ContainsGenericParameters)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        registry.Types = types;
        var methods = types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .ToArray();

        // Parameter types first: step expressions refer to them.
        foreach (var method in methods)
        {
            if (method.GetCustomAttribute<ParameterTypeAttribute>() is { } attribute)
            {
                registry.AddParameterType(method, attribute, ids);
            }
        }

        foreach (var method in methods)
        {
            foreach (var attribute in method.GetCustomAttributes<StepDefinitionAttribute>())
            {
                registry.AddStep(method, attribute, ids);
            }

            if (method.GetCustomAttribute<HookAttribute>() is { } hook)
            {
                registry.AddHook(method, hook, ids);
            }
        }

        return registry;
    }

    /// <summary>Every definition whose expression matches the whole text.</summary>
    public StepMatchResult Match(string text) =>
        new([.. _steps.Select(s => (s, arguments: s.Expression.Match(text))).Where(m => m.arguments is not null).Select(m => new StepMatch(m.s, m.arguments!))]);

    /// <summary>Hooks of a kind that apply to a scenario with these tags, in run order.</summary>
    public IEnumerable<HookBinding> HooksFor(HookKind kind, IReadOnlyCollection<string> tags) =>
        _hooks.Where(h => h.Kind == kind && h.AppliesTo(tags));

    internal static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static SourceReference SourceOf(string file, int line) =>
        new(string.IsNullOrEmpty(file) ? null : file.Replace('\\', '/'), line > 0 ? new Ast.Location(line) : null);

    private static bool IsAwaitableOrVoid(Type type) =>
        type == typeof(void) || typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    private void AddParameterType(MethodInfo method, ParameterTypeAttribute attribute, IIdGenerator ids)
    {
        var where = Describe(method);
        var parameters = method.GetParameters();
        if (!method.IsStatic)
        {
            _problems.Add(new BindingProblem(where, "a [ParameterType] method must be static (a pure conversion)"));
            return;
        }

        if (method.ReturnType == typeof(void) || parameters.Length == 0 || parameters.Any(p => p.ParameterType != typeof(string)))
        {
            _problems.Add(new BindingProblem(where, "a [ParameterType] method takes strings (one per capture group) and returns the value"));
            return;
        }

        try
        {
            var type = new ParameterType(
                attribute.Name,
                [attribute.RegularExpression],
                method.ReturnType,
                (groups, _) => Invoke(method, [.. groups.Take(parameters.Length).Concat(Enumerable.Repeat<string?>(null, Math.Max(0, parameters.Length - groups.Count)))]),
                attribute.UseForSnippets,
                attribute.PreferForRegularExpressionMatch);
            ParameterTypes.Define(type);
            _parameterTypes.Add((type, ids.NewId(), SourceOf(attribute.SourceFile, attribute.SourceLine)));
        }
        catch (ArgumentException e)
        {
            _problems.Add(new BindingProblem(where, e.Message));
        }
    }

    private static object? Invoke(MethodInfo method, object?[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new FormatException($"{Describe(method)} could not convert '{string.Join("', '", arguments)}': {e.InnerException.Message}", e.InnerException);
        }
    }

    private void AddStep(MethodInfo method, StepDefinitionAttribute attribute, IIdGenerator ids)
    {
        var where = $"{Describe(method)} [{attribute.Keyword}(\"{attribute.Expression}\")]";
        IStepExpression expression;
        try
        {
            expression = StepExpressionFactory.Create(attribute.Expression, ParameterTypes);
        }
        catch (Exception e) when (e is CucumberExpressionException or ArgumentException)
        {
            _problems.Add(new BindingProblem(where, e.Message));
            return;
        }

        if (SignatureProblem(method, expression) is { } problem)
        {
            _problems.Add(new BindingProblem(where, problem));
            return;
        }

        _steps.Add(new StepBinding(ids.NewId(), attribute.Keyword, expression, method, SourceOf(attribute.SourceFile, attribute.SourceLine)));
    }

    private string? SignatureProblem(MethodInfo method, IStepExpression expression)
    {
        if (!IsAwaitableOrVoid(method.ReturnType))
        {
            return $"a step method returns void, Task or ValueTask, not {method.ReturnType.Name}";
        }

        var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToArray();
        var arguments = expression.ArgumentCount;
        var fits = parameters.Length == arguments
            || (parameters.Length == arguments + 1
                && parameters[^1].ParameterType is var last
                && (last == typeof(DataTable) || last == typeof(DocString) || last == typeof(string) || last == typeof(object)));
        if (!fits)
        {
            return $"the method takes {parameters.Length} parameter(s) but the expression has {arguments} argument(s) " +
                "(a step method takes one parameter per argument, then optionally a DataTable, DocString or string, then optionally a CancellationToken)";
        }

        if (expression is CucumberExpression cucumber)
        {
            for (var i = 0; i < arguments; i++)
            {
                var parameterType = cucumber.ParameterTypes[i];
                var target = parameters[i].ParameterType;
                var custom = ParameterTypes.Defined.Contains(parameterType);
                var ok = custom
                    ? target.IsAssignableFrom(parameterType.Type)
                    : StepArgumentConverter.CanConvert(target) || ParameterTypes.LookupByType(target) is not null;
                if (!ok)
                {
                    return $"parameter '{parameters[i].Name}' is a {target.Name}, which {{{parameterType.Name}}} cannot produce";
                }
            }
        }

        return null;
    }

    private void AddHook(MethodInfo method, HookAttribute attribute, IIdGenerator ids)
    {
        var where = $"{Describe(method)} [{attribute.Kind}]";
        if (!IsAwaitableOrVoid(method.ReturnType))
        {
            _problems.Add(new BindingProblem(where, $"a hook returns void, Task or ValueTask, not {method.ReturnType.Name}"));
            return;
        }

        var tags = TagExpression.Always;
        if (attribute.Tags is { } source && !TagExpression.TryParse(source, out tags, out var error))
        {
            _problems.Add(new BindingProblem(where, error!));
            return;
        }

        _hooks.Add(new HookBinding(ids.NewId(), attribute.Kind, tags, attribute.Tags, attribute.Order, method, SourceOf(attribute.SourceFile, attribute.SourceLine)));
        _hooks.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Name, b.Name));
    }
}
