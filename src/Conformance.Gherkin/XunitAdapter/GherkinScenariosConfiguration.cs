using System.Reflection;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Xunit.Abstractions;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>What a <see cref="GherkinScenariosAttribute"/> says, in a form that survives test case serialisation.</summary>
internal sealed record GherkinScenariosConfiguration(string FeaturesFolder, string? Tags, IReadOnlyList<string> StepAssemblies, string RunName, double StepTimeoutSeconds)
{
    public static GherkinScenariosConfiguration From(IAttributeInfo attribute, ITestMethod method)
    {
        var folder = attribute.GetConstructorArguments().FirstOrDefault() as string
            ?? throw new InvalidOperationException("[GherkinScenarios] needs a features folder.");
        var tags = attribute.GetNamedArgument<string?>(nameof(GherkinScenariosAttribute.Tags));
        var types = attribute.GetNamedArgument<Type[]?>(nameof(GherkinScenariosAttribute.StepAssemblies));
        var assemblies = types is { Length: > 0 }
            ? types.Select(t => t.Assembly.FullName!).Distinct().ToArray()
            : [method.TestClass.Class.ToRuntimeType().Assembly.FullName!];
        var name = attribute.GetNamedArgument<string?>(nameof(GherkinScenariosAttribute.RunName)) ?? method.TestClass.Class.ToRuntimeType().Name;
        var timeout = attribute.GetNamedArgument<double>(nameof(GherkinScenariosAttribute.StepTimeoutSeconds));
        return new GherkinScenariosConfiguration(folder, tags, assemblies, name, timeout);
    }

    /// <summary>Equal for equal configurations (the record's own equality compares the list by reference).</summary>
    public string Key => $"{FeaturesFolder}|{Tags}|{string.Join(';', StepAssemblies)}|{RunName}|{StepTimeoutSeconds}";

    public TimeSpan? StepTimeout => StepTimeoutSeconds > 0 ? TimeSpan.FromSeconds(StepTimeoutSeconds) : null;

    /// <summary>
    /// The folder as given if absolute; else under the test assembly's folder or, failing that,
    /// under the nearest ancestor folder that has it (so "features" finds the repository's).
    /// </summary>
    public string FeaturesPath
    {
        get
        {
            if (Path.IsPathRooted(FeaturesFolder))
            {
                return FeaturesFolder;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FeaturesFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.Combine(AppContext.BaseDirectory, FeaturesFolder);
        }
    }

    /// <summary>The attribute's tags and $CONFORMANCE_TAGS, both required.</summary>
    /// <exception cref="TagExpressionException">Either does not parse.</exception>
    public TagExpression Filter()
    {
        var parts = new[] { Tags, Environment.GetEnvironmentVariable(GherkinScenariosAttribute.TagsVariable) }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!)
            .ToArray();
        foreach (var part in parts)
        {
            // Parsed alone first, so an error quotes the expression that is wrong.
            TagExpression.Parse(part);
        }

        return parts.Length == 0 ? TagExpression.Always : TagExpression.Parse(string.Join(" and ", parts.Select(p => $"({p})")));
    }

    public TestPlan LoadPlan(IIdGenerator ids) =>
        TestPlan.Create(
            FeatureSet.Load(FeaturesPath, ids),
            BindingRegistry(ids),
            Filter());

    private Bindings.BindingRegistry BindingRegistry(IIdGenerator ids) =>
        Bindings.BindingRegistry.FromAssemblies(StepAssemblies.Select(name => Assembly.Load(new AssemblyName(name))), ids);
}
