using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Messages;

/// <summary>
/// JSON as Cucumber Messages write it: camelCase names, absent (not null) optional fields, the
/// keyword kinds as written in the schema (<c>"Context"</c>), every other enum in upper snake case
/// (<c>"PASSED"</c>, <c>"BEFORE_TEST_CASE"</c>).
/// </summary>
public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static Envelope? Deserialize(string json) => JsonSerializer.Deserialize<Envelope>(json, Options);

    /// <summary>Writes envelopes as NDJSON: one per line, LF after each.</summary>
    public static async Task WriteNdjsonAsync(Stream stream, IEnumerable<Envelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        await using var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" };
        foreach (var envelope in envelopes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Serialize(envelope));
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var upperSnake = JsonNamingPolicy.SnakeCaseUpper;
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters =
            {
                new JsonStringEnumConverter<StepKeywordType>(),
                new JsonStringEnumConverter<PickleStepType>(),
                new JsonStringEnumConverter<StepDefinitionPatternType>(upperSnake),
                new JsonStringEnumConverter<HookType>(upperSnake),
                new JsonStringEnumConverter<TestStepResultStatus>(upperSnake),
                new JsonStringEnumConverter<AttachmentContentEncoding>(upperSnake),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
