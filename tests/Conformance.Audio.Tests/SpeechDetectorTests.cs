using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

/// <summary>turn-semantics §1 on synthetic timelines: levels per 20 ms frame, exact sample positions.</summary>
public class SpeechDetectorTests
{
    private const int Rate = 8000;
    private const int Frame = 160;

    [Fact]
    public void Detect_ToneBurst_OnsetAtFirstVoicedFrameOffsetAtLastVoicedFrameEnd()
    {
        var audio = Timeline((200, -80), (500, -20), (400, -80));

        var segment = Assert.Single(SpeechDetector.Detect(audio, Rate));

        Assert.Equal((200.0, 700.0), (segment.OnsetMs, segment.OffsetMs));
        Assert.Equal((1600L, 5600L), (segment.Start, segment.End));
    }

    [Fact]
    public void Detect_RunShorterThanMinOnset_IsNotSpeech()
    {
        var audio = Timeline((100, -80), (40, -20), (100, -80), (60, -20), (200, -80));

        var segment = Assert.Single(SpeechDetector.Detect(audio, Rate));

        Assert.Equal(240, segment.OnsetMs);
        Assert.Equal(300, segment.OffsetMs);
    }

    [Fact]
    public void Detect_LevelBetweenOffAndOn_ContinuesSpeechButNeverStartsIt()
    {
        // -42 dBFS is below the -40 on-threshold but above the -45 off-threshold.
        var continued = Timeline((100, -80), (200, -30), (400, -42), (300, -80));
        var notStarted = Timeline((100, -80), (400, -42), (300, -80));

        Assert.Equal((100.0, 700.0), Single(SpeechDetector.Detect(continued, Rate)));
        Assert.Empty(SpeechDetector.Detect(notStarted, Rate));
    }

    [Theory]
    [InlineData(140, 1)]
    [InlineData(160, 2)]
    public void Detect_PauseAgainstHangover_SplitsOnlyWhenPauseReachesHangover(int pauseMs, int expected)
    {
        var audio = Timeline((100, -80), (300, -25), (pauseMs, -80), (300, -25), (300, -80));

        var segments = SpeechDetector.Detect(audio, Rate, new SpeechDetectorOptions { HangoverMs = 150 });

        // A 140 ms pause stays inside the utterance; 160 ms (≥ 150) splits it.
        Assert.Equal(expected, segments.Count);
    }

    [Fact]
    public void Process_Streaming_EmitsStartWhenOnsetConfirmedAndEndWhenHangoverElapses()
    {
        var audio = Timeline((100, -80), (300, -25), (600, -80));
        var detector = new SpeechDetector(Rate, new SpeechDetectorOptions { HangoverMs = 500 });
        var edges = new List<(long FrameTimestamp, SpeechEdge Edge)>();

        for (var offset = 0; offset < audio.Length; offset += Frame)
        {
            if (detector.Process(audio.AsSpan(offset, Frame), offset) is { } edge)
            {
                edges.Add((offset, edge));
            }
        }

        Assert.Collection(
            edges,
            e =>
            {
                Assert.True(e.Edge.IsStart);
                Assert.Equal(800, e.Edge.Timestamp); // dated at the first voiced frame (100 ms)…
                Assert.Equal(1120, e.FrameTimestamp); // …reported on the third (60 ms onset)
            },
            e =>
            {
                Assert.False(e.Edge.IsStart);
                Assert.Equal(400, e.Edge.Milliseconds); // end of the last voiced frame…
                Assert.Equal(880, e.FrameTimestamp * 1000 / Rate); // …reported once 500 ms of silence followed
            });
    }

    [Fact]
    public void LastFrameVoiced_FirstLoudFrame_TrueBeforeOnsetConfirmed()
    {
        var detector = new SpeechDetector(Rate);
        var loud = Timeline((20, -20));

        Assert.Null(detector.Process(loud, 0));
        Assert.True(detector.LastFrameVoiced);
        Assert.False(detector.InSpeech);
        Assert.Null(detector.Process(Timeline((20, -80)), Frame));
        Assert.False(detector.LastFrameVoiced);
    }

    [Fact]
    public void Process_ZeroMinOnset_StartsOnFirstVoicedFrame()
    {
        var detector = new SpeechDetector(Rate, new SpeechDetectorOptions { MinOnsetMs = 0 });

        var edge = detector.Process(Timeline((20, -20)), 800);

        Assert.Equal(new SpeechEdge(true, 800, Rate), edge);
    }

    [Fact]
    public void Finish_InsideSpeech_EndsAtLastVoicedFrame()
    {
        var detector = new SpeechDetector(Rate);
        var audio = Timeline((300, -25), (60, -80));
        for (var offset = 0; offset < audio.Length; offset += Frame)
        {
            detector.Process(audio.AsSpan(offset, Frame), offset);
        }

        var end = detector.Finish();

        Assert.NotNull(end);
        Assert.Equal(300, end.Value.Milliseconds);
        Assert.False(detector.InSpeech);
    }

    [Fact]
    public void Process_TenMillisecondFrames_SameSegmentsAsTwenty()
    {
        var audio = Timeline((110, -80), (330, -25), (170, -80), (90, -25), (300, -80));

        var ten = SpeechDetector.Detect(audio, Rate, new SpeechDetectorOptions { FrameMs = 10 });
        var twenty = SpeechDetector.Detect(audio, Rate, new SpeechDetectorOptions { FrameMs = 20 });

        Assert.Equal([(110.0, 440.0), (610.0, 700.0)], ten.Select(s => (s.OnsetMs, s.OffsetMs)));
        Assert.Equal(2, twenty.Count); // quantised to 20 ms frames: boundaries may move by one frame
    }

    [Fact]
    public void Process_NonContiguousOrEmptyFrames_Throws()
    {
        var detector = new SpeechDetector(Rate);
        detector.Process(new short[Frame], 0);

        Assert.Throws<ArgumentException>(() => detector.Process(new short[Frame], 2 * Frame));
        Assert.Throws<ArgumentException>(() => detector.Process([], Frame));
    }

    [Fact]
    public void Options_OffAboveOn_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new SpeechDetector(Rate, new SpeechDetectorOptions { OnDbfs = -45, OffDbfs = -40 }));
    }

    [Fact]
    public void Detect_Stereo_UsesBothChannels()
    {
        var mono = Timeline((100, -80), (200, -25), (200, -80));
        var stereo = new short[mono.Length * 2];
        for (var i = 0; i < mono.Length; i++)
        {
            stereo[2 * i + 1] = mono[i];
        }

        // One silent channel halves the power (-3 dB): still well above -40.
        Assert.Equal((100.0, 300.0), Single(SpeechDetector.Detect(stereo, Rate, channels: 2)));
    }

    [Fact]
    public void Detect_RealSpeech_StreamingEqualsOffline()
    {
        var speech = SpeechCorpus.Read("librispeech-251-118436-0001_16k.wav");
        var offline = SpeechDetector.Detect(speech);
        var detector = new SpeechDetector(speech.SampleRate);
        var edges = new List<SpeechEdge>();
        foreach (var frame in speech.ToFrames())
        {
            if (detector.Process(frame.Samples.Span, frame.Timestamp) is { } edge)
            {
                edges.Add(edge);
            }
        }

        if (detector.Finish() is { } last)
        {
            edges.Add(last);
        }

        Assert.Equal(offline.Count * 2, edges.Count);
        Assert.Equal(offline.SelectMany(s => new[] { s.Start, s.End }), edges.Select(e => e.Timestamp));
    }

    private static (double, double) Single(IReadOnlyList<SpeechSegment> segments)
    {
        var s = Assert.Single(segments);
        return (s.OnsetMs, s.OffsetMs);
    }

    // A 1 kHz tone whose level changes per span: (milliseconds, dBFS); -80 is near-silence.
    private static short[] Timeline(params (int Ms, double Dbfs)[] spans)
    {
        var samples = new List<short>();
        foreach (var (ms, dbfs) in spans)
        {
            var amplitude = SignalAnalysis.DbfsToRms(dbfs) * Math.Sqrt(2);
            samples.AddRange(Signals.Sine(Rate, 1000, ms / 1000.0, amplitude));
        }

        return samples.ToArray();
    }
}
