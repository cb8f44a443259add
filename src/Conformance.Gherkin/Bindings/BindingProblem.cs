namespace Conformance.Gherkin.Bindings;

/// <summary>A step definition, hook or parameter type that cannot be used, and why.</summary>
public sealed record BindingProblem(string Binding, string Message)
{
    public override string ToString() => $"{Binding}: {Message}";
}
