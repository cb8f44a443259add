using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Calls.Agent;

/// <summary>
/// RUN-005: what a call's first frames would otherwise pay for, done once per process before
/// calls arrive, on one background thread of its own (not a pool worker a call actor waits for):
/// every clip in the PCM/G.711 leg formats, a synthetic call through the agent session (so the
/// turn engine, VAD and playback code are compiled before a real call's 20 ms budget depends
/// on them), then Opus (the slow encoder, needed only by WebRTC legs).
/// </summary>
internal sealed class AssetWarmUp
{
    private static readonly ClipFormat[] s_common =
    [
        ClipFormat.MuLaw8k, ClipFormat.ALaw8k, ClipFormat.Pcm16(8000), ClipFormat.Pcm16(16000),
        ClipFormat.Pcm16(24000), ClipFormat.Pcm16(48000), new ClipFormat(ClipEncoding.Pcm16BigEndian, 8000), new ClipFormat(ClipEncoding.Pcm16BigEndian, 16000),
    ];

    private readonly TaskCompletionSource _common = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AssetWarmUp()
    {
    }

    public Task CommonFormatsReady => _common.Task;

    public static AssetWarmUp Start(ModelAssets assets)
    {
        var warmUp = new AssetWarmUp();
        var thread = new Thread(() => warmUp.Run(assets)) { IsBackground = true, Name = "model asset warm-up", Priority = ThreadPriority.BelowNormal };
        thread.Start();
        return warmUp;
    }

    private void Run(ModelAssets assets)
    {
        try
        {
            assets.Cache.Preload(s_common);
            RunSyntheticCall(assets);
            _common.TrySetResult();
            assets.Cache.Preload(ClipFormat.Opus48k);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A clip that does not encode fails the calls that use it, with the reason journaled; start-up goes on.
            _common.TrySetResult();
        }
    }

    /// <summary>Ten seconds of a call at 8 kHz: greeting, a two-second caller "utterance" (a tone), the reply, a barge-in.</summary>
    private static void RunSyntheticCall(ModelAssets assets)
    {
        if (!assets.Personas.TryGetValue(AgentBinding.DefaultPersona, out var persona) && assets.Personas.Count == 0)
        {
            return;
        }

        persona ??= assets.Personas.Values.First();
        var session = new AgentSession(new AgentSessionOptions
        {
            Persona = persona,
            Clips = assets.Clips,
            SampleRate = 8000,
            FrameMs = 20,
            PlayedPosition = PlayedPositionSource.SamplesSent,
        });
        var frame = new short[160];
        session.Start();
        for (var n = 0; n < 500 && !session.HasEnded; n++)
        {
            var ms = n * 20;
            var speaking = ms is (>= 4000 and < 6000) or (>= 8000 and < 9000);
            for (var i = 0; i < frame.Length; i++)
            {
                frame[i] = speaking ? (short)(8000 * Math.Sin(2 * Math.PI * 300 * ((n * 160) + i) / 8000.0)) : (short)0;
            }

            var step = session.Step(frame);
            if (step.Output is { } output)
            {
                _ = assets.Cache.Get(output.ClipId, ClipFormat.MuLaw8k).Frame(output.FrameIndex(160));
            }
        }
    }
}
