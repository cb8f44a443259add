using Conformance.Harness.Targets;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Targets;

public sealed class TargetProfileLoaderTests
{
    [Theory]
    [InlineData("omnia-production.json")]
    [InlineData("everruns-staging.json")]
    [InlineData("local-emulator.json")]
    public void Load_ExampleProfiles_ValidateAndMap(string file)
    {
        var profile = TargetProfileLoader.Load(RepoPaths.InRepo("features", "targets", "examples", file));

        Assert.NotEmpty(profile.Surfaces);
        Assert.All(profile.Surfaces.Values, s => Assert.Matches("^[A-Z_][A-Z0-9_]*$", s.ApiKeyVariable!));
        Assert.False(profile.StartsEmulator);
    }

    [Fact]
    public void Parse_OmniaProfile_MapsSurfaceSettingsBudgetsAndTags()
    {
        var profile = TargetProfileLoader.Parse("""
            {
              "name": "acme",
              "tags": "@omnia and not @wip",
              "surfaces": { "omnia": { "baseUrl": "https://api.omnia-voice.com", "apiKeyEnv": "OMNIA_API_KEY", "agents": { "default": "agt_1", "silence-300": "agt_2" } } },
              "budgets": { "turnGapMs": 500 },
              "control": { "baseUrl": "http://127.0.0.1:8080/_emulator" }
            }
            """);

        var omnia = profile.Surface(SurfaceName.Omnia);
        Assert.Equal(new Uri("https://api.omnia-voice.com"), omnia.BaseUrl);
        Assert.Equal("OMNIA_API_KEY", omnia.ApiKeyVariable);
        Assert.Equal("agt_2", omnia.Setting("agents.silence-300"));
        Assert.Equal(new Uri("https://api.omnia-voice.com/api/v1/calls"), omnia.Resolve("/api/v1/calls"));
        Assert.Equal(500, profile.Budgets.TurnGapMs);
        Assert.Equal(300, profile.Budgets.BargeInStopMs);
        Assert.Equal("@omnia and not @wip", profile.Tags);
        Assert.Equal(new Uri("http://127.0.0.1:8080/_emulator"), profile.Control);
        Assert.Throws<TargetProfileException>(() => profile.Surface(SurfaceName.Everruns));
    }

    [Fact]
    public void Parse_InlineSecret_IsRefusedWithAdviceToUseAnEnvironmentVariable()
    {
        var error = Assert.Throws<TargetProfileException>(() => TargetProfileLoader.Parse("""
            { "name": "leaky", "surfaces": { "omnia": { "baseUrl": "https://x.example", "apiKeyEnv": "K", "apiKey": "ck_live_123" } } }
            """));

        Assert.Contains(error.Problems, p => p.Contains("$.surfaces.omnia.apiKey", StringComparison.Ordinal) && p.Contains("environment variable", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EveryProblem_IsReportedWithItsPath()
    {
        var error = Assert.Throws<TargetProfileException>(() => TargetProfileLoader.Parse("""
            {
              "surfaces": {
                "omnia": { "baseUrl": "ftp://nope", "apiKeyEnv": "lower-case" },
                "skype": {}
              },
              "budgets": { "turnGapMs": -1 },
              "extra": true
            }
            """));

        Assert.Contains(error.Problems, p => p.Contains("name", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.surfaces.omnia.baseUrl", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.surfaces.omnia.apiKeyEnv", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("skype", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.budgets.turnGapMs", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("extra", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"name\":\"x\",\"surfaces\":{}}")]
    public void Parse_MalformedOrEmpty_IsATypedErrorNeverACrash(string json)
    {
        var error = Assert.Throws<TargetProfileException>(() => TargetProfileLoader.Parse(json));

        Assert.NotEmpty(error.Problems);
    }

    [Fact]
    public void Load_MissingFile_SaysWhatTheTargetCanBe()
    {
        var error = Assert.Throws<TargetProfileException>(() => TargetProfileLoader.Load("/nonexistent/profile.json"));

        Assert.Contains("emulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_EmulatorOrNothing_IsTheBuiltInTarget()
    {
        Assert.Same(TargetProfile.Emulator, TargetProfile.Named(null));
        Assert.Same(TargetProfile.Emulator, TargetProfile.Named("emulator"));
        Assert.True(TargetProfile.Named("EMULATOR").StartsEmulator);
        Assert.Equal("omnia-production", TargetProfile.Named("features/targets/examples/omnia-production.json").Name);
    }
}
