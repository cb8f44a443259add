namespace Conformance.Gherkin.Pickles;

/// <summary>A step's doc string; <see cref="ArgumentIndex"/> (1 or 2) is set only when the step also has a data table.</summary>
public sealed record PickleDocString(string? MediaType, string Content, int? ArgumentIndex = null);
