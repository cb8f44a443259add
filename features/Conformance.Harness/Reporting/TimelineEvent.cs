namespace Conformance.Harness.Reporting;

/// <summary>An instant on the timeline (a <c>clear</c> received, a journaled commit…), drawn as a labelled tick.</summary>
public sealed record TimelineEvent(double AtMs, string Label, TimelineEventSource Source, TimelineEventKind Kind);
