namespace Conformance.Gherkin.Bindings;

/// <summary>
/// The keyword a step definition was declared with. Matching ignores it (Cucumber's rule: a
/// <c>[Given]</c> definition also matches a <c>When</c> step); it chooses the snippet keyword and
/// documents intent.
/// </summary>
public enum StepKeyword
{
    Given,
    When,
    Then,
    Any,
}
