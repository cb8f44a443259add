using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Calls.Legs;
using Conformance.Emulator.Calls.Status;
using Conformance.Streams.Playout;

namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// The agent → caller half of the bridge (specs/runtime.md §3, RUN-030…034): picks each output
/// frame pre-encoded in the leg's format from the clip cache (so there is no encoder or
/// resampler state that could carry cut audio past a clear), sends it, places a mark after it on
/// legs with marks, sends the protocol's clear on a cut, and turns mark echoes into the played
/// position of the playback they follow. Also where the output deviations act: the other G.711
/// law, another sample rate, no clear, marks before their audio, audio leaked after a cut.
/// Driven only from the call actor's loop.
/// </summary>
public sealed class Downlink
{
    private readonly CallLeg _leg;
    private readonly LegFormat _format;
    private readonly ClipCache _cache;
    private readonly CallDeviations _deviations;
    private readonly MediaJournal _journal;
    private readonly AgentMarkLedger _ledger = new("a");
    private readonly Dictionary<int, long> _playbackStart = [];
    private readonly byte[] _silence;
    private (string ClipId, int NextFrame, int FramesLeft)? _leak;

    public Downlink(CallLeg leg, LegFormat format, ClipCache cache, CallDeviations deviations, MediaJournal journal)
    {
        _leg = leg ?? throw new ArgumentNullException(nameof(leg));
        _format = format ?? throw new ArgumentNullException(nameof(format));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _deviations = deviations ?? throw new ArgumentNullException(nameof(deviations));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        SessionFrameSamples = format.OutputRate / 50;
        WireFormat = Deviate(format.Output, deviations);
        _silence = new byte[WireFormat.Encoding == ClipEncoding.Opus ? 0 : WireFormat.FrameSamples * WireFormat.BytesPerSample];
        if (WireFormat.Encoding is ClipEncoding.MuLaw)
        {
            _silence.AsSpan().Fill(0xFF);
        }
        else if (WireFormat.Encoding is ClipEncoding.ALaw)
        {
            _silence.AsSpan().Fill(0xD5);
        }
    }

    /// <summary>The format frames go out in: the leg's, unless a deviation says otherwise.</summary>
    public ClipFormat WireFormat { get; }

    public int SessionFrameSamples { get; }

    /// <summary>Agent samples sent on the leg (session rate): the position marks are named after.</summary>
    public long Position { get; private set; }

    public long FramesSent { get; private set; }

    public long MarksSent { get; private set; }

    public long Clears { get; private set; }

    /// <summary>RUN-031: the protocol's clear in the same tick as the cut, and a new mark generation.</summary>
    public async ValueTask ClearAsync(CancellationToken cancellationToken)
    {
        if (_deviations.Has(MediaDeviations.NoClear))
        {
            _journal.Write("media.clear.skipped", new JsonObject { ["deviation"] = MediaDeviations.NoClear, ["position"] = Position });
        }
        else if (_format.ClearMessage is { } message)
        {
            await _leg.SendClearAsync(cancellationToken).ConfigureAwait(false);
            _journal.Write("media.clear", new JsonObject { ["message"] = message, ["position"] = Position, ["pending_marks"] = _ledger.PendingCount });
            Clears++;
        }
        else
        {
            // WebRTC: no clear on the wire; the sender drops its encoder state (RUN-031).
            await _leg.SendClearAsync(cancellationToken).ConfigureAwait(false);
            _journal.Write("media.clear", new JsonObject { ["message"] = null, ["position"] = Position });
        }

        if (_format.Marks)
        {
            _ledger.OnClearSent(_format.MarksOnClear);
        }
    }

    /// <summary>Deviation <c>media.leak_after_cut</c>: keep the cut clip going out for N ms.</summary>
    public void OnCut(PlaybackCut cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        _playbackStart.Remove(cut.PlaybackId);
        if (cut.Reason == CutReason.BargeIn && _deviations.Get(MediaDeviations.LeakAfterCut)?.GetInteger("ms") is { } ms && ms > 0)
        {
            var frames = (int)Math.Ceiling(ms / 20.0);
            _leak = (cut.ClipId, (int)(cut.SentSamples / SessionFrameSamples), frames);
            _journal.Write("media.leak.start", new JsonObject { ["deviation"] = MediaDeviations.LeakAfterCut, ["clip"] = cut.ClipId, ["ms"] = ms });
        }
    }

    /// <summary>One output frame: the agent's audio (plus its mark), leaked audio, or silence.</summary>
    public async ValueTask FrameAsync(AgentOutput? output, CancellationToken cancellationToken)
    {
        if (output is { } o)
        {
            _leak = null;
            if (o.Offset == 0)
            {
                _playbackStart[o.PlaybackId] = Position;
            }

            await SendClipFrameAsync(o.ClipId, o.FrameIndex(SessionFrameSamples), o.PlaybackId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_leak is { } leak)
        {
            _leak = leak.FramesLeft > 1 ? (leak.ClipId, leak.NextFrame + 1, leak.FramesLeft - 1) : null;
            await SendClipFrameAsync(leak.ClipId, leak.NextFrame, playbackId: null, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_format.AdvanceClockInSilence)
        {
            await _leg.SendSilenceAsync(WireFormat.FrameSamples, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>RUN-032: a mark echo → the played position of its playback (null when it proves nothing).</summary>
    public (int PlaybackId, long PlayedSamples)? OnEcho(string name)
    {
        var echo = _ledger.OnEcho(name);
        var playback = int.TryParse(echo.Label, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        _journal.Write("media.mark.echo", new JsonObject
        {
            ["name"] = name,
            ["acknowledgement"] = echo.Acknowledgement.ToString().ToLowerInvariant(),
            ["position"] = echo.StreamPosition,
            ["playback"] = playback,
            ["played_position"] = _ledger.PlayedPosition,
        });
        if (echo.Acknowledgement != MarkAcknowledgement.Played || playback is not { } pid || !_playbackStart.TryGetValue(pid, out var start))
        {
            return null;
        }

        return (pid, echo.StreamPosition - start);
    }

    private async ValueTask SendClipFrameAsync(string clipId, int frameIndex, int? playbackId, CancellationToken cancellationToken)
    {
        var encoded = _cache.Get(clipId, WireFormat);
        if (frameIndex >= encoded.FrameCount && _silence.Length == 0)
        {
            // Past the end of an Opus clip (another rate's frame count): nothing to packetise.
            await _leg.SendSilenceAsync(WireFormat.FrameSamples, cancellationToken).ConfigureAwait(false);
            Position += SessionFrameSamples;
            return;
        }

        var payload = frameIndex < encoded.FrameCount ? encoded.Frame(frameIndex) : _silence;
        var markEarly = _format.Marks && _deviations.Has(MediaDeviations.MarksEarly);
        if (markEarly)
        {
            // Deviation: the mark claims the frame before it was even sent.
            await MarkAsync(Position + SessionFrameSamples, playbackId, cancellationToken).ConfigureAwait(false);
        }

        await _leg.SendAudioAsync(payload, WireFormat.FrameSamples, cancellationToken).ConfigureAwait(false);
        Position += SessionFrameSamples;
        FramesSent++;
        if (_format.Marks && !markEarly)
        {
            await MarkAsync(Position, playbackId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask MarkAsync(long position, int? playbackId, CancellationToken cancellationToken)
    {
        var name = _ledger.Next(position, playbackId?.ToString(CultureInfo.InvariantCulture));
        await _leg.SendMarkAsync(name, cancellationToken).ConfigureAwait(false);
        MarksSent++;
        _journal.Write("media.mark.sent", new JsonObject { ["name"] = name, ["position"] = position, ["playback"] = playbackId });
    }

    private static ClipFormat Deviate(ClipFormat format, CallDeviations deviations)
    {
        if (deviations.Has(MediaDeviations.MuLawAsALaw))
        {
            format = format.Encoding switch
            {
                ClipEncoding.MuLaw => format with { Encoding = ClipEncoding.ALaw },
                ClipEncoding.ALaw => format with { Encoding = ClipEncoding.MuLaw },
                _ => format,
            };
        }

        if (deviations.Get(MediaDeviations.WrongSampleRate)?.GetInteger("rate") is { } rate
            && format.Encoding is ClipEncoding.Pcm16LittleEndian or ClipEncoding.Pcm16BigEndian
            && rate is 8000 or 16000 or 24000 or 48000)
        {
            format = format with { SampleRate = (int)rate };
        }

        return format;
    }
}
