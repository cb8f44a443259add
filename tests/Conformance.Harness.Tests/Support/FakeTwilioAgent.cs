using System.Buffers;
using System.Net.WebSockets;
using Conformance.Audio;
using Conformance.Streams;
using Conformance.Streams.Twilio;

namespace Conformance.Harness.Tests.Support;

/// <summary>
/// A scripted agent on the agent side of a Twilio stream, for testing the harness's provider side
/// over a real socket: after <see cref="ReplyAfterCallerMs"/> of caller audio it sends a tone
/// as 20 ms µ-law chunks, a mark after each, all at once (Twilio buffers); at the first caller
/// frame above −40 dBFS after that it sends <c>clear</c>. It records what the provider sent.
/// </summary>
internal sealed class FakeTwilioAgent(WebSocket socket)
{
    public double ReplyAfterCallerMs { get; init; } = 1000;

    public double ReplyMs { get; init; } = 3000;

    public bool ClearOnSpeech { get; init; } = true;

    public List<TwilioProviderMessage> Received { get; } = [];

    public List<string> Echoes { get; } = [];

    public long CallerSamples { get; private set; }

    /// <summary>Caller media time (ms) at which the clear was sent.</summary>
    public double? ClearedAtCallerMs { get; private set; }

    public int MarksSent { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        string? streamSid = null;
        var replied = false;
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                return;
            }

            var parsed = TwilioParser.ParseProviderMessage(FrameKind.Text, buffer.WrittenSpan);
            var message = parsed.Message ?? throw new InvalidOperationException($"The harness sent a bad Twilio message: {parsed.Error}");
            Received.Add(message);
            switch (message)
            {
                case TwilioStart start:
                    streamSid = start.StreamSid;
                    break;
                case TwilioMarkEcho echo:
                    Echoes.Add(echo.Name);
                    break;
                case TwilioMedia media:
                    var pcm = new short[media.Payload.Length];
                    G711.DecodeMuLaw(media.Payload.Span, pcm);
                    CallerSamples += pcm.Length;
                    if (!replied && CallerSamples >= ReplyAfterCallerMs * 8)
                    {
                        replied = true;
                        await ReplyAsync(streamSid!, cancellationToken);
                    }
                    else if (replied && ClearOnSpeech && ClearedAtCallerMs is null && SignalAnalysis.Dbfs(pcm) >= -40)
                    {
                        ClearedAtCallerMs = (CallerSamples - pcm.Length) / 8.0;
                        await SendAsync(new TwilioClear(streamSid!), cancellationToken);
                    }

                    break;
            }
        }
    }

    private async Task ReplyAsync(string streamSid, CancellationToken cancellationToken)
    {
        var tone = Signals.Tone(ReplyMs, 8000, dbfs: -20);
        for (var offset = 0; offset < tone.Length; offset += 160)
        {
            var chunk = new byte[Math.Min(160, tone.Length - offset)];
            G711.EncodeMuLaw(tone.AsSpan(offset, chunk.Length), chunk);
            await SendAsync(new TwilioOutboundMedia(streamSid, chunk), cancellationToken);
            await SendAsync(new TwilioOutboundMark(streamSid, $"m{++MarksSent}"), cancellationToken);
        }
    }

    private Task SendAsync(TwilioAgentMessage message, CancellationToken cancellationToken) =>
        socket.SendAsync(TwilioWriter.ToUtf8(message), WebSocketMessageType.Text, true, cancellationToken);
}
