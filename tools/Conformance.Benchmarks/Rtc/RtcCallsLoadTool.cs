using System.Diagnostics;
using System.Globalization;
using Conformance.Rtc;
using Conformance.Rtc.Media;
using Conformance.Rtc.Sdp;

namespace Conformance.Benchmarks.Rtc;

/// <summary>
/// How many concurrent WebRTC calls one process holds: N loopback calls (our offerer ↔ our
/// answerer, real sockets, DTLS-SRTP), each side streaming 20 ms frames of speech on its own
/// absolute schedule while the other decodes. For N = 5, 10, 20, … it reports send lateness
/// (tick vs schedule), arrival lateness (packet arrival vs the stream's media clock), frame loss
/// and CPU per connection, and stops when p99 send lateness reaches 5 ms or frames go missing.
/// <c>--pacing shared</c> drives every stream from one pacer (one wait per 20 ms for the whole
/// process, as a media clock shared by call actors would) instead of one pacer per stream.
/// Usage: <c>load rtc-calls [--calls 5,10,20,40] [--seconds 10] [--codec opus|pcmu] [--pacing stream|shared]</c>.
/// </summary>
public sealed class RtcCallsLoadTool : ILoadTool
{
    public string Name => "rtc-calls";

    public string Description => "concurrent loopback WebRTC calls: send/arrival lateness p99, loss, CPU per call";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var counts = Option(args, "--calls", "5,10,20,40,60,80").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var seconds = double.Parse(Option(args, "--seconds", "10"), CultureInfo.InvariantCulture);
        var codec = Option(args, "--codec", "opus") == "pcmu" ? AudioCodec.Pcmu : AudioCodec.Opus;
        var shared = Option(args, "--pacing", "stream") == "shared";
        var speech = RtcBenchmarkData.SpeechFrames48k();
        if (codec == AudioCodec.Pcmu)
        {
            speech = speech.Select(f => f.Where((_, i) => i % 6 == 0).ToArray()).ToArray();
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores; {codec}; {(shared ? "one shared pacer" : "a pacer per stream")}; {seconds:0} s per step; lateness in ms");
        await RunStepAsync(2, 3, codec, speech, shared, cancellationToken); // warm-up: JIT, libopus, libsrtp, certificate
        Console.WriteLine("calls | send p50 | send p99 | send max | arrival p99 | frames lost | CPU ms per connection-second | % of a core per connection");
        foreach (var calls in counts)
        {
            var result = await RunStepAsync(calls, seconds, codec, speech, shared, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{calls,5} | {Ms(result.Send.Percentile(50)),8:0.00} | {Ms(result.Send.Percentile(99)),8:0.00} | {Ms(result.Send.Max),8:0.00} | {Ms(result.Arrival.Percentile(99)),11:0.00} | {result.LostFrames,6} of {result.ExpectedFrames,-6} | {result.CpuMsPerConnectionSecond,8:0.00} | {result.CpuMsPerConnectionSecond / 10,6:0.00}"));
            if (result.Send.Percentile(99) >= TimeSpan.FromMilliseconds(5) || result.LostFrames > result.ExpectedFrames / 100)
            {
                Console.WriteLine($"stopped: {calls} calls exceed p99 send lateness 5 ms or lose > 1% of frames");
                break;
            }
        }

        return 0;
    }

    private static async Task<StepResult> RunStepAsync(int calls, double seconds, AudioCodec codec, short[][] speech, bool shared, CancellationToken cancellationToken)
    {
        var pairs = new List<(PeerConnection Offerer, PeerConnection Answerer)>();
        try
        {
            for (var i = 0; i < calls; i++)
            {
                var offerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
                var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
                pairs.Add((offerer, answerer));
                var answer = await answerer.CreateAnswerAsync(await offerer.CreateOfferAsync(new OfferOptions { Codecs = [codec] }, cancellationToken), cancellationToken);
                await offerer.SetRemoteAnswerAsync(answer.Sdp, cancellationToken);
            }

            await Task.WhenAll(pairs.SelectMany(p => new[] { p.Offerer.WaitForConnectedAsync(cancellationToken), p.Answerer.WaitForConnectedAsync(cancellationToken) }))
                .WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);

            var frames = (int)(seconds * 50);
            var connections = pairs.SelectMany(p => new[] { p.Offerer, p.Answerer }).ToList();
            using var stop = new CancellationTokenSource();
            var receivers = connections.Select(c => ReceiveAsync(c, frames, stop.Token)).ToList();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sendHistograms = shared
                ? [await SendAllAsync(connections, speech, frames, cancellationToken)]
                : await Task.WhenAll(connections.Select((c, i) => SendAsync(c, speech, frames, i, cancellationToken)));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, cancellationToken);
            await stop.CancelAsync();
            var received = await Task.WhenAll(receivers);

            var send = new LatenessHistogram();
            var arrival = new LatenessHistogram();
            foreach (var h in sendHistograms)
            {
                send.Merge(h);
            }

            foreach (var (_, h) in received)
            {
                arrival.Merge(h);
            }

            var expected = (long)frames * connections.Count;
            return new StepResult(send, arrival, expected - received.Sum(r => r.Frames), expected,
                cpu.TotalMilliseconds / (connections.Count * seconds));
        }
        finally
        {
            foreach (var (offerer, answerer) in pairs)
            {
                await offerer.DisposeAsync();
                await answerer.DisposeAsync();
            }
        }
    }

    private static async Task<LatenessHistogram> SendAsync(PeerConnection connection, short[][] speech, int frames, int index, CancellationToken cancellationToken)
    {
        var pacer = new MediaPacer(TimeProvider.System, TimeSpan.FromMilliseconds(20));
        await pacer.RunAsync(n =>
        {
            connection.TrySendAudio(speech[(n + (index * 7)) % speech.Length]);
            return n + 1 < frames;
        }, cancellationToken);
        return pacer.Lateness;
    }

    private static async Task<LatenessHistogram> SendAllAsync(List<PeerConnection> connections, short[][] speech, int frames, CancellationToken cancellationToken)
    {
        var pacer = new MediaPacer(TimeProvider.System, TimeSpan.FromMilliseconds(20));
        await pacer.RunAsync(n =>
        {
            for (var i = 0; i < connections.Count; i++)
            {
                connections[i].TrySendAudio(speech[(n + (i * 7)) % speech.Length]);
            }

            return n + 1 < frames;
        }, cancellationToken);
        return pacer.Lateness;
    }

    /// <summary>Counts frames and how late each arrived against the stream's own media clock.</summary>
    private static async Task<(long Frames, LatenessHistogram Arrival)> ReceiveAsync(PeerConnection connection, int expected, CancellationToken cancellationToken)
    {
        var histogram = new LatenessHistogram();
        var arrivals = new List<(DateTimeOffset Arrival, TimeSpan Media)>(expected);
        try
        {
            await foreach (var frame in connection.Audio.ReadAllAsync(cancellationToken))
            {
                arrivals.Add((frame.ArrivalTime, frame.MediaTimeSpan));
            }
        }
        catch (OperationCanceledException)
        {
            // The step is over.
        }

        if (arrivals.Count > 0)
        {
            var origin = arrivals.Min(a => a.Arrival - a.Media);
            foreach (var (arrival, media) in arrivals)
            {
                histogram.Record(arrival - media - origin);
            }
        }

        return (arrivals.Count, histogram);
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private static double Ms(TimeSpan value) => value.TotalMilliseconds;

    private sealed record StepResult(LatenessHistogram Send, LatenessHistogram Arrival, long LostFrames, long ExpectedFrames, double CpuMsPerConnectionSecond);
}
