namespace Conformance.Harness.Reporting;

/// <summary>Who saw an event: the wire (a message or packet), the emulator's journal, or the harness itself.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimelineEnumConverter<TimelineEventSource>))]
public enum TimelineEventSource
{
    Wire,
    Journal,
    Harness,
}
