namespace Conformance.Gherkin.Ast;

/// <summary>A step; <see cref="Keyword"/> keeps its trailing space where the language has one (<c>"Given "</c>).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Cucumber Messages' name for a step; the kit is C#-only.")]
public sealed record Step(
    Location Location,
    string Keyword,
    StepKeywordType? KeywordType,
    string Text,
    DocString? DocString,
    DataTable? DataTable,
    string Id);
