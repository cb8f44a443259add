namespace Conformance.Harness.Reporting.Html;

internal enum SpanBand
{
    Full,
    Top,
    Bottom,
}
