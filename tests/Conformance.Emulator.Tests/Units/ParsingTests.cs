using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Tests.Units;

/// <summary>Configuration, turn knobs and field reading, on JSON trees (no HTTP).</summary>
public sealed class ParsingTests
{
    [Fact]
    public void YamlJson_CoreSchemaScalars_QuotedStaysString()
    {
        var node = YamlJson.Parse("""
            a: 12
            b: -3.5
            c: true
            d: ~
            e: '12'
            f: hello
            g: [1, "x"]
            """)!;
        Assert.Equal("""{"a":12,"b":-3.5,"c":true,"d":null,"e":"12","f":"hello","g":[1,"x"]}""", node.ToJsonString());
        Assert.Throws<FormatException>(() => YamlJson.Parse("a: 1\na: 2\n"));
        Assert.Throws<FormatException>(() => YamlJson.Parse("a: [1, 2\n"));
    }

    [Fact]
    public void ConfigParser_YamlAndJsonGiveTheSameConfig()
    {
        const string yaml = """
            tenants:
              - id: acme
                voiceEnabled: false
                keys: [{surface: omnia, key: ck_acme_0000001, credits: 3, rateLimit: {limit: 10, windowSeconds: 60}}]
                agents:
                  - {surface: clutchcall, id: s2s, persona: default, turn: {silenceThresholdMs: 300, bargeIn: instant}}
                numbers: [{id: n1, number: "+15551112222"}]
                trunks: [t1]
            deviations: [{name: rest.ids_not_validated, surface: everruns}]
            leases: {everrunsVoiceSeconds: 60}
            """;
        var fromYaml = ConfigLoader.Parse(yaml, yaml: true);
        var fromJson = ConfigLoader.Parse(YamlJson.Parse(yaml)!.ToJsonString(), yaml: false);
        foreach (var config in new[] { fromYaml, fromJson })
        {
            var tenant = Assert.Single(config.Tenants);
            Assert.False(tenant.VoiceEnabled);
            var key = Assert.Single(tenant.Keys);
            Assert.Equal((Surface.Omnia, 3m, 10), (key.Surface, key.Credits!.Value, key.RateLimit!.Limit));
            var agent = Assert.Single(tenant.Agents);
            Assert.Equal(BargeInMode.Instant, agent.Knobs.BargeIn);
            Assert.Equal(300, agent.Knobs.SilenceThresholdMs);
            Assert.Equal(60, config.Leases.EverrunsVoiceSeconds);
            Assert.Equal(Surface.Everruns, Assert.Single(config.Deviations).Surface);
        }
    }

    [Fact]
    public void ConfigParser_CollectsEveryProblemWithItsPath()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("""
            {"tenants":[{"id":"bad id!","keys":[{"surface":"sms"}],"agents":[{"surface":"openai"},{"surface":"omnia","turn":{"micGuardMs":-5}}],
              "numbers":[{"id":"n","number":"555"}]}],"leases":{"voiceAiTokenSeconds":10},"extra":true}
            """, yaml: false));
        var paths = e.Errors.Select(x => x.Path).ToArray();
        Assert.Contains("tenants[0].id", paths);
        Assert.Contains("tenants[0].keys[0].surface", paths);
        Assert.Contains("tenants[0].agents[0].surface", paths);
        Assert.Contains("tenants[0].agents[1].turn.micGuardMs", paths);
        Assert.Contains("tenants[0].numbers[0].number", paths);
        Assert.Contains("leases.voiceAiTokenSeconds", paths);
        Assert.Contains("extra", paths);
    }

    [Theory]
    [InlineData("""{"bargeConfirmMs":300}""", BargeInMode.HoldAndConfirm, 300)]
    [InlineData("""{"bargeIn":"instant"}""", BargeInMode.Instant, null)]
    [InlineData("""{"bargeIn":"off"}""", BargeInMode.Off, null)]
    [InlineData("""{}""", null, null)]
    public void TurnKnobs_BargeModes(string json, BargeInMode? mode, int? confirm)
    {
        var reader = new FieldReader(JsonNode.Parse(json)!.AsObject());
        var knobs = TurnKnobsParser.Parse(reader, full: false);
        Assert.True(reader.IsValid);
        Assert.Equal(mode, knobs.BargeIn);
        Assert.Equal(confirm, knobs.BargeConfirmMs);
    }

    [Theory]
    [InlineData("""{"silenceThresholdMs":49}""", "silenceThresholdMs", FieldErrorKind.BelowMinimum)]
    [InlineData("""{"silenceThresholdMs":10001}""", "silenceThresholdMs", FieldErrorKind.AboveMaximum)]
    [InlineData("""{"responseMinSpeechMs":1.5}""", "responseMinSpeechMs", FieldErrorKind.WrongType)]
    [InlineData("""{"commitMinIntervalMs":60001}""", "commitMinIntervalMs", FieldErrorKind.AboveMaximum)]
    [InlineData("""{"bargeIn":"off","bargeConfirmMs":10}""", "bargeConfirmMs", FieldErrorKind.Conflict)]
    [InlineData("""{"preRollClip":""}""", "preRollClip", FieldErrorKind.PatternMismatch)]
    [InlineData("""{"thinkLatencyMs":5}""", "thinkLatencyMs", FieldErrorKind.Unknown)]
    public void TurnKnobs_TurnDetectionSubset_RejectsOutOfRangeAndUnknown(string json, string path, FieldErrorKind kind)
    {
        var reader = new FieldReader(JsonNode.Parse(json)!.AsObject());
        TurnKnobsParser.Parse(reader, full: false);
        var error = Assert.Single(reader.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void TurnKnobs_FullSet_OmniaAndOpenAiKnobs()
    {
        var reader = new FieldReader(JsonNode.Parse("""
            {"firstSpeaker":"user","interruptible":false,"inactivityTimeoutSec":30,"inactivityAction":"hang_up","maxDurationSec":600,
             "vadThreshold":0.6,"prefixPaddingMs":300,"createResponse":false,"idleTimeoutMs":6000,"eagerness":"high","turnDetection":true,"thinkLatencyMs":250}
            """)!.AsObject());
        var knobs = TurnKnobsParser.Parse(reader, full: true);
        Assert.True(reader.IsValid, string.Join("; ", reader.Errors.Select(e => e.Message)));
        Assert.False(knobs.AgentSpeaksFirst);
        Assert.Equal(InactivityAction.HangUp, knobs.InactivityAction);
        Assert.Equal(0.6, knobs.VadThreshold);
        Assert.Equal(250, knobs.ThinkLatencyMs);
        Assert.Equal(300, knobs.With(new TurnKnobs { SilenceThresholdMs = 300 }).SilenceThresholdMs);
        Assert.Equal(600, knobs.With(new TurnKnobs { SilenceThresholdMs = 300 }).MaxDurationSec);
    }

    [Fact]
    public void FieldReader_NullableVersusRequired_AndNestedLocations()
    {
        var reader = new FieldReader(JsonNode.Parse("""{"a":null,"b":null,"n":{"x":"1"}}""")!.AsObject(), "body");
        Assert.Null(reader.ReadString("a"));
        Assert.Null(reader.ReadString("b", nullable: false));
        Assert.Null(reader.ReadString("c", required: true));
        reader.Nested("n", reader.ReadObject("n")!).ReadInteger("x");
        Assert.Equal(["b", "c", "n.x"], reader.Errors.Select(e => e.Path));
        Assert.Equal(["body", "n", "x"], reader.Errors[2].Location);
    }

    [Fact]
    public void RequestBody_ParseJson_DuplicateKeysAndDepthAreTypedErrors()
    {
        Assert.Equal(RequestProblem.MalformedJson, Assert.Throws<RequestBodyException>(() => RequestBody.ParseJson("""{"a":1,"a":2}""")).Problem);
        Assert.Equal(RequestProblem.MalformedJson, Assert.Throws<RequestBodyException>(() => RequestBody.ParseJson(new string('[', 65) + new string(']', 65))).Problem);
    }
}
