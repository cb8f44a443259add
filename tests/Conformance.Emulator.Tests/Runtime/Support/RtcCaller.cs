using System.Diagnostics;
using Conformance.Audio;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;
using Conformance.Rtc.Media;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// A WebRTC caller on our Rtc offerer: streams fixture audio in 20 ms frames on an absolute
/// schedule and keeps every decoded agent frame with its arrival time on the caller's send clock.
/// That clock's zero is the moment frame 0 left (its RTP timestamp is the stream's first
/// instant, where the emulator journals <c>media.caller.stream_start</c>), and frame n leaves at
/// zero + n·20 ms: the first frame's one-off costs (encoder and SRTP code paths compiled on first
/// use) then shift neither the schedule nor the times measured against it.
/// </summary>
internal sealed class RtcCaller(Offerer offerer) : IAsyncDisposable
{
    private readonly Stopwatch _clock = new();
    private readonly List<(double AtMs, long MediaTime, double Dbfs, bool Concealed)> _frames = [];
    private Task? _receiver;

    public Offerer Offerer => offerer;

    public PacingReport? Pacing { get; private set; }

    public int Rate => offerer.Connection.Negotiated!.PcmSampleRate;

    public IReadOnlyList<(double AtMs, long MediaTime, double Dbfs, bool Concealed)> Frames
    {
        get
        {
            lock (_frames)
            {
                return [.. _frames];
            }
        }
    }

    public async Task SendAsync(short[] pcm)
    {
        _receiver = ReceiveAsync();
        var connection = offerer.Connection;
        var frame = connection.Negotiated!.SamplesPerFrame;
        var frames = (pcm.Length + frame - 1) / frame;
        var buffer = new short[frame];
        var lateness = new LatenessHistogram();
        long rejected = 0;
        for (var n = 0; n < frames; n++)
        {
            if (n > 0)
            {
                var due = TimeSpan.FromMilliseconds(n * 20.0);
                if (due > _clock.Elapsed)
                {
                    await Task.Delay(due - _clock.Elapsed);
                }

                lateness.Record(_clock.Elapsed - due);
            }

            var count = Math.Min(frame, pcm.Length - (n * frame));
            pcm.AsSpan(n * frame, count).CopyTo(buffer);
            buffer.AsSpan(count).Clear();
            if (!connection.TrySendAudio(buffer))
            {
                rejected++;
            }

            _clock.Start();
        }

        Pacing = new PacingReport(frames, rejected, lateness.Percentile(50), lateness.Percentile(99), lateness.Max);
    }

    /// <summary>Arrival (ms on the send clock) of the first agent frame at or above <paramref name="dbfs"/> after <paramref name="afterMs"/>.</summary>
    public double? FirstVoicedAfter(double afterMs, double dbfs = -50) =>
        Frames.Where(f => f.AtMs > afterMs && !f.Concealed && f.Dbfs >= dbfs).Select(f => (double?)f.AtMs).FirstOrDefault();

    /// <summary>Arrival of the last agent frame at or above <paramref name="dbfs"/> in [from, to).</summary>
    public double? LastVoicedBetween(double fromMs, double toMs, double dbfs = -50) =>
        Frames.Where(f => f.AtMs >= fromMs && f.AtMs < toMs && !f.Concealed && f.Dbfs >= dbfs).Select(f => (double?)f.AtMs).LastOrDefault();

    public async ValueTask DisposeAsync()
    {
        await offerer.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private async Task ReceiveAsync()
    {
        try
        {
            await foreach (var frame in offerer.Connection.Audio.ReadAllAsync())
            {
                lock (_frames)
                {
                    _frames.Add((_clock.Elapsed.TotalMilliseconds, frame.MediaTime, SignalAnalysis.Dbfs(frame.Samples), frame.Concealed));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
