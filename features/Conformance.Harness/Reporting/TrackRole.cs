namespace Conformance.Harness.Reporting;

/// <summary>Whose audio a waveform track holds: the report draws caller tracks above the axis, agent tracks below.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimelineEnumConverter<TrackRole>))]
public enum TrackRole
{
    Caller,
    Agent,
}
