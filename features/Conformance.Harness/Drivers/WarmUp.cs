using System.Net.WebSockets;
using Conformance.Harness.Audio;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Measuring;
using Conformance.Streams;
using Conformance.Streams.Generic;
using Conformance.Streams.Playout;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Runs every caller leg's per-frame path once, offline, before the run's first call. The first
/// execution of that code (just-in-time compilation, native libraries loading) otherwise lands
/// inside the first calls' real-time loops — measured at several hundred milliseconds on a
/// loaded two-core machine, long enough for a receiver to hear a hole in the caller's speech.
/// </summary>
public static class WarmUp
{
    public static void Media(CallerAudioLibrary callerAudio)
    {
        ArgumentNullException.ThrowIfNull(callerAudio);
        var time = TimeProvider.System;
        IProviderProtocol[] protocols =
        [
            new TwilioProvider(),
            new TelnyxProvider(StreamAudioFormat.ALaw8k, time),
            new PlivoProvider(StreamAudioFormat.MuLaw8k, time),
            new GenericProvider(new GenericStreamFormat(16000, 24000)),
            new GenericProvider(new GenericStreamFormat(48000, 8000)),
        ];
        foreach (var protocol in protocols)
        {
            _ = protocol.Open();
            var clip = callerAudio.Get("word-poison", protocol.Uplink);
            var payload = new byte[protocol.Uplink.BytesPerFrame(20)];
            var bytes = StreamPayload.Encode(protocol.Uplink, clip.Pcm.Span[..protocol.Uplink.SamplesPerFrame(20)], payload);
            _ = protocol.Media(payload.AsMemory(0, bytes).ToArray());
            _ = protocol.MarkEcho("warm");
            _ = protocol.Read(WebSocketMessageType.Text, "{\"event\":\"media\"}"u8);
            var playout = new ProviderPlayout(protocol.Downlink, protocol.Playout);
            var heard = new byte[protocol.Downlink.BytesPerFrame(20)];
            var pcm = new short[protocol.Downlink.SamplesPerFrame(20)];
            _ = playout.Enqueue(heard);
            _ = playout.Mark("m");
            var ear = new AgentEar(protocol.Downlink.SampleRate);
            for (var i = 0; i < 20; i++)
            {
                var step = playout.Advance(pcm.Length, heard);
                StreamPayload.TryDecode(protocol.Downlink, heard, pcm, out _);
                ear.Append(pcm, 0, step.HeardSamples);
            }

            _ = playout.Clear();
            _ = ear.Snapshot();
            _ = ear.FirstSpeechFrom(0);
            _ = ear.PlayedRunFrom(0);
        }

        foreach (var rate in new[] { 8000, 16000, 24000, 48000 })
        {
            _ = callerAudio.Get("utterance-soft-cushion", rate);
        }
    }
}
