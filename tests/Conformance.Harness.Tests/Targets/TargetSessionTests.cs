using Conformance.Harness.Targets;

namespace Conformance.Harness.Tests.Targets;

/// <summary>A real deployment's credentials come from the environment variables the profile names, and a missing one is said plainly.</summary>
public sealed class TargetSessionTests
{
    [Fact]
    public async Task ApiKeyAsync_VariableNotSet_SaysWhichVariable()
    {
        var variable = "CONFORMANCE_TEST_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var profile = TargetProfileLoader.Parse($$"""
            { "name": "t", "surfaces": { "omnia": { "baseUrl": "https://api.omnia-voice.com", "apiKeyEnv": "{{variable}}" } } }
            """);
        await using var target = await Target.StartAsync(profile, HarnessRunOptions.Default, TimeProvider.System, CancellationToken.None);
        await using var session = new TargetSession(target, HarnessRunOptions.Default, output: null);

        var error = await Assert.ThrowsAsync<TargetProfileException>(() => session.ApiKeyAsync(SurfaceName.Omnia, CancellationToken.None));

        Assert.Contains("$" + variable, error.Message, StringComparison.Ordinal);
        Assert.False(target.IsEmulator);
    }

    [Fact]
    public async Task ApiKeyAsync_VariableSet_IsTheKeyAndTheClientSendsIt()
    {
        var variable = "CONFORMANCE_TEST_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "ck_live_from_env");
        try
        {
            var profile = TargetProfileLoader.Parse($$"""
                { "name": "t", "surfaces": { "omnia": { "baseUrl": "https://api.omnia-voice.com", "apiKeyEnv": "{{variable}}" } } }
                """);
            await using var target = await Target.StartAsync(profile, HarnessRunOptions.Default, TimeProvider.System, CancellationToken.None);
            await using var session = new TargetSession(target, HarnessRunOptions.Default, output: null);

            Assert.Equal("ck_live_from_env", await session.ApiKeyAsync(SurfaceName.Omnia, CancellationToken.None));
            Assert.Equal("ck_live_from_env", (await session.ClientAsync(SurfaceName.Omnia, CancellationToken.None)).ApiKey);
            await Assert.ThrowsAsync<InvalidOperationException>(() => session.TenantAsync(CancellationToken.None));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
