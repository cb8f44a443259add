using System.Reflection;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Bindings;

/// <summary>A usable hook.</summary>
public sealed record HookBinding(string Id, HookKind Kind, TagExpression Tags, string? TagSource, int Order, MethodInfo Method, SourceReference Source)
{
    public string Name => $"{Method.DeclaringType?.Name}.{Method.Name}";

    public bool AppliesTo(IReadOnlyCollection<string> tags) => Tags.Evaluate(tags);

    public override string ToString() => $"[{Kind}{(TagSource is null ? "" : $"(\"{TagSource}\")")}] {Name}";
}
