using Conformance.Rtc.Tests.Support;
using Conformance.TestSupport.Browser;

namespace Conformance.Rtc.Tests.Interop;

/// <summary>
/// One Chromium for the whole test class, its fake microphone playing the 48 kHz JFK caller
/// fixture in a loop.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private ChromiumSession? _session;

    public short[] Capture48k { get; } = SpeechFixtures.Jfk48k();

    public ChromiumSession Session => _session ?? throw new InvalidOperationException("Chromium did not start.");

    public async Task InitializeAsync() =>
        _session = await ChromiumSession.LaunchAsync(new ChromiumLaunchOptions { FakeAudioCaptureWav = SpeechFixtures.Jfk48kPath });

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
