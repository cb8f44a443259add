using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Harness.Reporting;

/// <summary>
/// The timeline's enums in JSON: kebab-case names (<c>"caller-speech-truth"</c>), never numbers,
/// so a reader in another language sees stable words and an unknown value is an error.
/// </summary>
public sealed class TimelineEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
