using System.Net;
using System.Text;
using Conformance.Rtc.Stun;
using FsCheck;
using FsCheck.Fluent;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Stun;

public sealed class StunMessageTests
{
    private static readonly byte[] s_rfc5769Password = Encoding.UTF8.GetBytes("VOkJxbRl1RmTxUk/WvJxBt");

    [Fact]
    public void StunMessage_Rfc5769SampleRequest_ParsesAndVerifies()
    {
        var bytes = TestVectors.Hex("stun", "rfc5769-2.1-request.hex");

        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.Equal(StunMethod.Binding, message.Method);
        Assert.Equal(StunMessageClass.Request, message.Class);
        Assert.Equal("evtj:h6vY", message.Username);
        Assert.Equal("STUN test client", message.Software);
        Assert.Equal(0x6e0001ffu, message.Priority);
        Assert.Equal(0x932ff9b151263b36ul, message.IceControlled);
        Assert.True(message.VerifyMessageIntegrity(s_rfc5769Password));
        Assert.True(message.VerifyFingerprint());
        Assert.False(message.VerifyMessageIntegrity("wrong-password-0000000"u8));
    }

    [Fact]
    public void StunMessage_Rfc5769Ipv4Response_DecodesXorMappedAddress()
    {
        var bytes = TestVectors.Hex("stun", "rfc5769-2.2-ipv4-response.hex");

        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.Equal(StunMessageClass.SuccessResponse, message.Class);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.1"), 32853), message.XorMappedAddress);
        Assert.Equal("test vector", message.Software);
        Assert.True(message.VerifyMessageIntegrity(s_rfc5769Password));
        Assert.True(message.VerifyFingerprint());
    }

    [Fact]
    public void StunMessage_Rfc5769Ipv6Response_DecodesXorMappedAddress()
    {
        var bytes = TestVectors.Hex("stun", "rfc5769-2.3-ipv6-response.hex");

        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("2001:db8:1234:5678:11:2233:4455:6677"), 32853), message.XorMappedAddress);
        Assert.True(message.VerifyMessageIntegrity(s_rfc5769Password));
        Assert.True(message.VerifyFingerprint());
    }

    [Fact]
    public void StunMessageBuilder_Rfc5769Response_WritesTheSameXorAddressBytes()
    {
        var vector = TestVectors.Hex("stun", "rfc5769-2.2-ipv4-response.hex");
        Assert.True(StunMessage.TryParse(vector, out var expected));

        var built = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.SuccessResponse, expected.TransactionId)
            .AddSoftware("test vector")
            .AddXorMappedAddress(new IPEndPoint(IPAddress.Parse("192.0.2.1"), 32853))
            .ToArray(s_rfc5769Password, fingerprint: true);

        // The RFC pads SOFTWARE with a space where we pad with zero (RFC 8489 §14: padding is
        // arbitrary), so the MACs differ; the XOR-MAPPED-ADDRESS attribute must match byte for byte.
        Assert.Equal(vector.Length, built.Length);
        Assert.Equal(Convert.ToHexString(vector.AsSpan(36, 12)), Convert.ToHexString(built.AsSpan(36, 12)));
        Assert.True(StunMessage.TryParse(built, out var parsed));
        Assert.True(parsed.VerifyMessageIntegrity(s_rfc5769Password));
        Assert.True(parsed.VerifyFingerprint());
    }

    [Fact]
    public void StunMessageBuilder_Request_RoundTripsThroughParser()
    {
        var id = StunTransactionId.NewRandom();
        var key = "a-22-character-password"u8.ToArray();
        var bytes = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, id)
            .AddUsername("remote:local")
            .AddPriority(12345)
            .AddIceControlling(0x0102030405060708)
            .AddUseCandidate()
            .ToArray(key, fingerprint: true);

        Assert.True(StunMessage.TryParse(bytes, out var parsed));
        Assert.Equal(id, parsed.TransactionId);
        Assert.Equal("remote:local", parsed.Username);
        Assert.Equal(12345u, parsed.Priority);
        Assert.Equal(0x0102030405060708ul, parsed.IceControlling);
        Assert.True(parsed.UseCandidate);
        Assert.True(parsed.VerifyMessageIntegrity(key));
        Assert.True(parsed.VerifyFingerprint());
    }

    [Fact]
    public void StunMessageBuilder_ErrorResponse_CarriesCodeAndReason()
    {
        var bytes = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.ErrorResponse, StunTransactionId.NewRandom())
            .AddErrorCode(401, "Unauthorized")
            .ToArray([], fingerprint: true);

        Assert.True(StunMessage.TryParse(bytes, out var parsed));
        Assert.Equal(StunMessageClass.ErrorResponse, parsed.Class);
        Assert.Equal((401, "Unauthorized"), parsed.Error);
    }

    [Theory]
    [InlineData("", StunParseError.TooShort)]
    [InlineData("00 01 00 00 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00", StunParseError.TooShort)]
    [InlineData("c0 01 00 00 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00", StunParseError.NotStun)]
    [InlineData("00 01 00 00 21 12 a4 43 00 00 00 00 00 00 00 00 00 00 00 00", StunParseError.BadMagicCookie)]
    [InlineData("00 01 00 04 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00", StunParseError.LengthMismatch)]
    [InlineData("00 01 00 02 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00 00 00", StunParseError.LengthNotMultipleOfFour)]
    [InlineData("00 01 00 04 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00 00 06 00 09", StunParseError.AttributeOverrun)]
    [InlineData("00 01 00 08 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00 00 08 00 04 00 00 00 00", StunParseError.BadIntegrityLength)]
    [InlineData("00 01 00 10 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00 80 28 00 04 00 00 00 00 00 25 00 00 00 00 00 00", StunParseError.AttributeAfterFingerprint)]
    public void StunMessage_Malformed_IsRejectedWithReason(string hex, StunParseError expected)
    {
        Assert.False(StunMessage.TryParse(TestVectors.ParseHex(hex), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void StunMessage_RandomBytes_NeverThrow()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            if (StunMessage.TryParse(bytes, out var m))
            {
                _ = m.Username;
                _ = m.XorMappedAddress;
                _ = m.Error;
                _ = m.VerifyFingerprint();
                _ = m.VerifyMessageIntegrity("x"u8);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void StunMessage_MutatedRfc5769Request_NeverThrowsAndFailsIntegrity()
    {
        var vector = TestVectors.Hex("stun", "rfc5769-2.1-request.hex");
        var random = new Random(5769);
        for (var i = 0; i < 2000; i++)
        {
            var mutated = (byte[])vector.Clone();
            var index = random.Next(mutated.Length);
            mutated[index] ^= (byte)(1 << random.Next(8));
            if (StunMessage.TryParse(mutated, out var m))
            {
                // One flipped bit anywhere before the FINGERPRINT value breaks one of the two checks.
                Assert.False(m.VerifyMessageIntegrity(s_rfc5769Password) && m.VerifyFingerprint(), $"bit flip at {index} went unnoticed");
            }
        }
    }
}
