using System.Diagnostics;
using Conformance.Audio;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// A WebRTC caller on our Rtc offerer: streams fixture audio in 20 ms frames on an absolute
/// schedule (<see cref="PeerConnectionPacing"/>) and keeps every decoded agent frame with its
/// arrival time on the caller's send clock (ms since it started sending).
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
        _clock.Start();
        _receiver = ReceiveAsync();
        Pacing = await offerer.Connection.SendPacedAsync(pcm);
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
