using Conformance.Audio;
using Conformance.Harness.Audio;
using Conformance.Streams;

namespace Conformance.Harness.Tests.Audio;

/// <summary>The caller fixtures come out at each leg's format with ground truth that holds for exactly that audio.</summary>
public sealed class CallerAudioLibraryTests
{
    private static readonly CallerAudioLibrary s_library = CallerAudioLibrary.LoadDefault();

    [Theory]
    [InlineData("utterance-soft-cushion", 8000)]
    [InlineData("utterance-soft-cushion", 16000)]
    [InlineData("utterance-soft-cushion", 24000)]
    [InlineData("utterance-soft-cushion", 48000)]
    [InlineData("utterance-twentieth-time", 8000)]
    [InlineData("utterance-twentieth-time", 24000)]
    [InlineData("backchannel-yes", 24000)]
    [InlineData("two-sentences-pause-340ms", 16000)]
    public void Get_PcmAtAnyLegRate_DetectorFindsTheGroundTruthWithinAFrame(string clipId, int rate)
    {
        var clip = s_library.Get(clipId, rate);

        Assert.Equal(rate, clip.SampleRate);
        Assert.Equal(s_library.Clip(clipId).DurationMs, clip.DurationMs, 1.0);
        var found = SpeechDetector.Detect(clip.Pcm.Span, rate, new SpeechDetectorOptions { HangoverMs = 150 });
        Assert.Equal(clip.Segments.Count(s => !s.NonSpeech), found.Count);
        foreach (var (truth, detected) in clip.Segments.Zip(found))
        {
            Assert.InRange(detected.OnsetMs, truth.OnsetMs - 20, truth.OnsetMs + 20);
            Assert.InRange(detected.OffsetMs, truth.OffsetMs - 20, truth.OffsetMs + 20);
        }
    }

    [Fact]
    public void Get_G711Legs_SendTheManifestsOwnVariants()
    {
        var mulaw = s_library.Get("utterance-not-poison", StreamAudioFormat.MuLaw8k);
        var alaw = s_library.Get("utterance-not-poison", StreamAudioFormat.ALaw8k);

        Assert.Equal("utterance-not-poison.pcmu", mulaw.SourceClipId);
        Assert.Equal("utterance-not-poison.pcma", alaw.SourceClipId);
        Assert.Equal(2760, mulaw.Segments[1].OnsetMs);

        // µ-law decoded then re-encoded is the same bytes: the leg sends the fixture exactly.
        var bytes = StreamPayload.Encode(StreamAudioFormat.MuLaw8k, mulaw.Pcm.Span);
        var original = File.ReadAllBytes(s_library.Manifest.PathOf(s_library.Manifest["utterance-not-poison.pcmu"]));
        Assert.True(original.AsSpan().IndexOf(bytes.AsSpan(0, 4000)) > 0);
    }

    [Fact]
    public void Get_SameClipTwice_IsLoadedOnce()
    {
        Assert.Same(s_library.Get("word-etc", 16000), s_library.Get("word-etc", 16000));
    }

    [Fact]
    public void Get_UnknownOrNonScenarioClip_SaysSo()
    {
        Assert.Throws<KeyNotFoundException>(() => s_library.Get("no-such-clip", 8000));
        Assert.Throws<KeyNotFoundException>(() => s_library.Get("utterance-soft-cushion.pcmu", 8000));
        Assert.Throws<ArgumentException>(() => s_library.Get("utterance-soft-cushion", new StreamAudioFormat(AudioEncoding.MuLaw, 16000)));
    }
}
