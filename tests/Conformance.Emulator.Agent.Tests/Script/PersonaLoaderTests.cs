using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Script;

public class PersonaLoaderTests
{
    [Fact]
    public void Parse_FullPersona_ReadsEveryField()
    {
        const string yaml = """
            id: full
            description: everything
            thinkLatencyMs: 250
            preroll: preroll
            greeting: greeting
            checkIn: checkin
            goodbye: goodbye
            replies: [reply-2s, null, reply-4s]
            rules:
              - turn: 2
                reply: reply-6s
                thinkLatencyMs: 500
              - dtmf: "#"
                reply: null
            defaultReply: reply-8s
            turn:
              vadOnDbfs: -38.5
              silenceThresholdMs: 700
              bargeIn: instant
              micGuardMs: 400
              interruptible: false
              firstSpeaker: user
              inactivityTimeoutMs: 15000
              inactivityAction: hang_up
              maxDurationMs: 600000
              createResponse: false
            """;
        var persona = PersonaLoader.Parse(yaml, "full.yaml", SyntheticClips.Catalog);
        Assert.Equal((250, "preroll", "checkin"), (persona.ThinkLatencyMs, persona.Preroll, persona.CheckIn));
        Assert.Equal(["reply-2s", null, "reply-4s"], persona.Replies);
        Assert.Equal(new ReplyChoice("reply-6s", 500, "rules[0]"), persona.ReplyForTurn(2));
        Assert.Equal(new ReplyChoice("reply-4s", 250, "replies[2]"), persona.ReplyForTurn(3));
        Assert.Equal(new ReplyChoice("reply-8s", 250, "defaultReply"), persona.ReplyForTurn(9));
        Assert.Equal(new ReplyChoice(null, 250, "rules[1]"), persona.ReplyForDtmf("#"));
        Assert.Null(persona.ReplyForDtmf("1"));
        var policy = persona.Turn.ApplyTo(TurnPolicy.Default);
        Assert.Equal((-38.5, 700, BargeInMode.Instant, (int?)400), (policy.VadOnDbfs, policy.SilenceThresholdMs, policy.BargeIn, policy.MicGuardMs));
        Assert.Equal((false, FirstSpeaker.User, (int?)15000, InactivityAction.HangUp), (policy.FirstMessageInterruptible, policy.FirstSpeaker, policy.InactivityTimeoutMs, policy.InactivityAction));
        Assert.Equal(((int?)600000, false, -45.0), (policy.MaxDurationMs, policy.CreateResponse, policy.VadOffDbfs));
    }

    [Fact]
    public void Parse_MinimalPersona_Defaults()
    {
        var persona = PersonaLoader.Parse("id: tiny\n", "tiny.yaml");
        Assert.Equal((200, 0, 0), (persona.ThinkLatencyMs, persona.Replies.Count, persona.Rules.Count));
        Assert.Null(persona.ReplyForTurn(1));
    }

    [Fact]
    public void Parse_ManyProblems_AllReportedWithLines()
    {
        const string yaml = """
            id: other
            greting: greeting
            thinkLatencyMs: fast
            replies: reply-2s
            rules:
              - turn: 1
                dtmf: "1"
                reply: reply-2s
              - dtmf: 12
                reply: nope
              - turn: 0
            turn:
              bargeIn: sometimes
              silenceTreshold: 500
              vadOffDbfs: -10
            defaultReply: missing-clip
            """;
        var e = Assert.Throws<PersonaLoadException>(() => PersonaLoader.Parse(yaml, "bad.yaml", SyntheticClips.Catalog));
        var messages = e.Errors.Select(x => $"{x.Line}: {x.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("2: Unknown persona key 'greting'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("3: 'thinkLatencyMs' must be an integer", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("4: 'replies' must be a list", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("6: A rule matches exactly one of", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("9: '12' is not a DTMF digit", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("10: Clip 'nope' is not in the model clip manifest", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("11: 'turn' must be an integer from 1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("11: A rule needs 'reply'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("13: 'bargeIn' must be one of off, instant, hold_and_confirm", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("14: Unknown turn knob key 'silenceTreshold'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("turn.vadOffDbfs", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("16: Clip 'missing-clip'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("must match the file name 'bad'", StringComparison.Ordinal));
        Assert.All(e.Errors, x => Assert.Equal("bad.yaml", x.File));
    }

    [Theory]
    [InlineData("id: [unclosed", "Not valid YAML")]
    [InlineData("- id: list", "exactly one YAML mapping")]
    [InlineData("", "exactly one YAML mapping")]
    [InlineData("description: no id", "'id' is required")]
    [InlineData("id: x\nid: y", "")]
    [InlineData("id: x\nturn: 5", "'turn' must be a mapping")]
    [InlineData("id: x\nturn:\n  micGuardMs: -1", "'micGuardMs' must be an integer from 0")]
    [InlineData("id: x\nturn:\n  createResponse: maybe", "must be true or false")]
    [InlineData("id: x\ngreeting: [a, b]", "'greeting' must be a clip id or null")]
    public void Parse_Malformed_ClearErrorNeverCrash(string yaml, string expected)
    {
        var e = Assert.Throws<PersonaLoadException>(() => PersonaLoader.Parse(yaml, "x.yaml"));
        Assert.NotEmpty(e.Errors);
        Assert.Contains(e.Errors, x => x.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MicGuardNull_TurnsGuardOffOverABaseline()
    {
        var persona = PersonaLoader.Parse("id: x\nturn:\n  micGuardMs: null\n", "x.yaml");
        Assert.Null(persona.Turn.ApplyTo(TurnPolicy.Default with { MicGuardMs = 300 }).MicGuardMs);
        Assert.Equal(300, PersonaLoader.Parse("id: x\n", "x.yaml").Turn.ApplyTo(TurnPolicy.Default with { MicGuardMs = 300 }).MicGuardMs);
    }
}
