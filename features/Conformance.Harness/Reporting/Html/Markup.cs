namespace Conformance.Harness.Reporting.Html;

/// <summary>HTML or SVG that is already safe: written as is where a plain string would be escaped.</summary>
internal readonly record struct Markup(string Html)
{
    public static readonly Markup Empty = new("");

    public override string ToString() => Html;
}
