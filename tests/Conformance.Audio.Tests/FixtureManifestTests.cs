using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

public class FixtureManifestTests
{
    [Theory]
    [InlineData("not json")]
    [InlineData("{\"clips\": []}")]
    [InlineData("{\"schema\": \"x\", \"clips\": [{\"id\": \"a\"}]}")]
    [InlineData("{\"schema\": \"x\", \"clips\": [{\"id\": \"a\", \"file\": 3}]}")]
    public void Load_MalformedManifest_ThrowsFormatException(string json)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("manifest.json"), json);

        Assert.Throws<FormatException>(() => FixtureManifest.Load(temp.File("manifest.json")));
    }

    [Fact]
    public void Load_DuplicateIdOrUnknownEncoding_ThrowsFormatException()
    {
        using var temp = new TempDirectory();
        var clip = "{\"id\": \"a\", \"file\": \"a.wav\", \"role\": \"scenario\", \"kind\": \"speech\", \"sampleRate\": 8000, \"channels\": 1, \"encoding\": \"%E\", \"samples\": 8, \"durationMs\": 1}";
        File.WriteAllText(temp.File("dup.json"), $"{{\"schema\": \"x\", \"clips\": [{clip.Replace("%E", "pcm16", StringComparison.Ordinal)}, {clip.Replace("%E", "pcm16", StringComparison.Ordinal)}]}}");
        File.WriteAllText(temp.File("enc.json"), $"{{\"schema\": \"x\", \"clips\": [{clip.Replace("%E", "opus", StringComparison.Ordinal)}]}}");

        Assert.Throws<FormatException>(() => FixtureManifest.Load(temp.File("dup.json")));
        var manifest = FixtureManifest.Load(temp.File("enc.json"));
        Assert.Throws<FormatException>(() => manifest["a"].Encoding);
        Assert.Throws<KeyNotFoundException>(() => manifest["b"]);
    }
}
