using Conformance.Audio;
using Conformance.Rtc.Tests.Support;
using Conformance.TestSupport.Browser;

namespace Conformance.Rtc.Tests.Interop;

/// <summary>
/// One Chromium for the whole test class, its fake microphone playing 8 s of real speech (JFK,
/// resampled to the 48 kHz mono the flag needs) in a loop.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "rtc-chromium-" + Guid.NewGuid().ToString("N"));
    private ChromiumSession? _session;

    public short[] Capture48k { get; } = SpeechFixtures.Jfk48k(8);

    public ChromiumSession Session => _session ?? throw new InvalidOperationException("Chromium did not start.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var wav = Path.Combine(_directory, "capture-48k.wav");
        WavFile.Write(wav, new WavAudio(Capture48k, 48000));
        _session = await ChromiumSession.LaunchAsync(new ChromiumLaunchOptions { FakeAudioCaptureWav = wav });
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
