namespace Conformance.TestSupport.Browser;

/// <summary>How <see cref="ChromiumSession"/> starts the browser.</summary>
public sealed record ChromiumLaunchOptions
{
    /// <summary>The Debian chromium; Playwright's own browser download is not used.</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>
    /// A 48 kHz mono 16-bit WAV that getUserMedia's fake microphone plays in a loop
    /// (<c>--use-file-for-fake-audio-capture</c>); null for Chromium's built-in beep.
    /// </summary>
    public string? FakeAudioCaptureWav { get; init; }

    public bool Headless { get; init; } = true;

    /// <summary>More command-line switches, appended after the defaults.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    public TimeSpan LaunchTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
