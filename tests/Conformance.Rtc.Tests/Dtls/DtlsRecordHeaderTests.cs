using Conformance.Rtc.Dtls;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Dtls;

public sealed class DtlsRecordHeaderTests
{
    private const string ClientHelloStart = "16 fe ff 00 00 00 00 00 00 00 00 00 0c 01 00 00 00 00 00 00 00 00 00 00 00";

    [Fact]
    public void DtlsRecordHeader_ClientHelloRecord_ParsesPerRfc6347()
    {
        var bytes = TestVectors.ParseHex(ClientHelloStart);

        Assert.True(DtlsRecordHeader.TryParse(bytes, out var header));
        Assert.Equal(22, header.ContentType);
        Assert.Equal(0xFEFF, header.Version);
        Assert.Equal(0, header.Epoch);
        Assert.Equal(12, header.Length);
        Assert.True(DtlsRecordHeader.StartsWithClientHello(bytes));
        Assert.True(DtlsRecordHeader.IsWellFormedDatagram(bytes));
    }

    [Theory]
    [InlineData("16 fe ff 00 00 00 00 00 00 00 00 00 0d 01")]
    [InlineData("16 03 03 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("40 fe fd 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("16 fe fd 00 00")]
    public void DtlsRecordHeader_Malformed_IsRejected(string hex) =>
        Assert.False(DtlsRecordHeader.IsWellFormedDatagram(TestVectors.ParseHex(hex)));

    [Fact]
    public void DtlsRecordHeader_TwoRecordsBackToBack_AreWellFormed()
    {
        var bytes = TestVectors.ParseHex("14 fe fd 00 00 00 00 00 00 00 05 00 01 01 16 fe fd 00 01 00 00 00 00 00 00 00 02 aa bb");

        Assert.True(DtlsRecordHeader.IsWellFormedDatagram(bytes));
        Assert.False(DtlsRecordHeader.StartsWithClientHello(bytes));
    }
}
