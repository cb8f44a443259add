namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>How often an element may occur: once, <c>?</c>, or <c>*</c> (<c>+</c> is written as once then <c>*</c>).</summary>
internal enum Repeat
{
    One,
    Optional,
    Many,
}
