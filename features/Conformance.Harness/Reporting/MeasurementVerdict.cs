namespace Conformance.Harness.Reporting;

/// <summary>How a measured figure fared: within its tolerance or budget, outside it, or recorded for information only.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimelineEnumConverter<MeasurementVerdict>))]
public enum MeasurementVerdict
{
    Pass,
    Fail,
    Info,
}
