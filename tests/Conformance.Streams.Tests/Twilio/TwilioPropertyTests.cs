using System.Text;
using Conformance.Streams.Twilio;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Twilio;

public class TwilioPropertyTests
{
    [Fact]
    public void WriteThenParse_AnyProviderMedia_RoundTrips()
    {
        var gen =
            from seq in Gen.Choose(1, int.MaxValue)
            from chunk in Gen.Choose(1, int.MaxValue)
            from ts in Gen.Choose(0, int.MaxValue)
            from sid in Generators.JsonText
            from track in Generators.JsonText
            from payload in Generators.Bytes(400)
            select new TwilioMedia(seq, sid, track, chunk, ts, payload);
        Prop.ForAll(gen.ToArbitrary(), media =>
        {
            var parsed = TwilioParser.ParseProviderMessage(FrameKind.Text, TwilioWriter.ToUtf8(media));
            var back = Assert.IsType<TwilioMedia>(parsed.Message);
            Assert.Empty(parsed.Violations);
            Assert.Equal(media with { Payload = default }, back with { Payload = default });
            Assert.Equal(media.Payload.ToArray(), back.Payload.ToArray());
        }).Check(Generators.Config);
    }

    [Fact]
    public void WriteThenParse_AnyAgentMark_RoundTrips()
    {
        var gen = from sid in Generators.JsonText from name in Generators.JsonText select new TwilioOutboundMark(sid, name);
        Prop.ForAll(gen.ToArbitrary(), mark =>
        {
            var parsed = TwilioParser.ParseAgentMessage(FrameKind.Text, TwilioWriter.ToUtf8(mark));
            Assert.Equal(mark, parsed.Message);
        }).Check(Generators.Config);
    }

    [Fact]
    public void Parse_ArbitraryBytes_NeverThrowsAndFailureAlwaysExplained()
    {
        Prop.ForAll(Generators.Bytes(300).ToArbitrary(), bytes =>
        {
            var provider = TwilioParser.ParseProviderMessage(FrameKind.Text, bytes);
            var agent = TwilioParser.ParseAgentMessage(FrameKind.Text, bytes);
            Assert.True(provider.IsSuccess || provider.Error is not null);
            Assert.True(agent.IsSuccess || agent.Error is not null);
        }).Check(Generators.Config);
    }

    [Fact]
    public void Parse_MutatedValidMessages_NeverThrowsAndFailureAlwaysExplained()
    {
        var seeds = new[]
        {
            TwilioWriter.ToUtf8(new TwilioStart(1, "MZ1", "AC1", "CA1", ["inbound"], TwilioMediaFormat.Default, new Dictionary<string, string> { ["k"] = "v" })),
            TwilioWriter.ToUtf8(new TwilioMedia(2, "MZ1", "inbound", 1, 0, new byte[160])),
            TwilioWriter.ToUtf8(new TwilioOutboundMedia("MZ1", new byte[160])),
            TwilioWriter.ToUtf8(new TwilioOutboundMark("MZ1", "m")),
        };
        Prop.ForAll(Generators.Mutations(seeds).ToArbitrary(), bytes =>
        {
            var provider = TwilioParser.ParseProviderMessage(FrameKind.Text, bytes);
            var agent = TwilioParser.ParseAgentMessage(FrameKind.Text, bytes);
            Assert.True(provider.IsSuccess || provider.Error is not null, Encoding.UTF8.GetString(bytes));
            Assert.True(agent.IsSuccess || agent.Error is not null, Encoding.UTF8.GetString(bytes));
        }).Check(Generators.Config);
    }
}
