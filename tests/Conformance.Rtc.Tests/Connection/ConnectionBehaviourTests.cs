using System.Text.RegularExpressions;
using Conformance.Audio;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Connection;

/// <summary>Lifecycle, failures as events, and the send-side API of a live connection.</summary>
public sealed class ConnectionBehaviourTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Call_EventsTellTheStory_InOrder()
    {
        var offerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var answer = await answerer.CreateAnswerAsync(await offerer.CreateOfferAsync());
        await offerer.SetRemoteAnswerAsync(answer.Sdp);
        await Task.WhenAll(answerer.WaitForConnectedAsync(), offerer.WaitForConnectedAsync()).WaitAsync(s_timeout);
        await offerer.DisposeAsync();

        await EventLog.WaitForAsync(answerer.Events, e => e.Kind == ConnectionEventKind.RemoteGoodbye, s_timeout);
        var closed = await EventLog.WaitForAsync(answerer.Events, e => e.State == ConnectionState.Closed, s_timeout);
        Assert.Equal(ConnectionFailureReason.RemoteClosed, closed.Reason);
        var kinds = new List<ConnectionEventKind>();
        await foreach (var e in offerer.Events.ReadAllAsync())
        {
            kinds.Add(e.Kind);
        }

        Assert.Equal(
            [ConnectionEventKind.StateChanged, ConnectionEventKind.IceSelected, ConnectionEventKind.DtlsCompleted, ConnectionEventKind.StateChanged, ConnectionEventKind.StateChanged],
            kinds);
        Assert.Equal(ConnectionState.Closed, offerer.State);
    }

    [Fact]
    public async Task Offerer_AnswerWithAnotherFingerprint_FailsWithFingerprintMismatch()
    {
        await using var offerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var answer = await answerer.CreateAnswerAsync(await offerer.CreateOfferAsync());
        var stranger = DtlsCertificate.Generate(TimeProvider.System).Fingerprint.ToAttributeValue();

        await offerer.SetRemoteAnswerAsync(Regex.Replace(answer.Sdp, "a=fingerprint:[^\r\n]+", "a=fingerprint:" + stranger));

        var e = await Assert.ThrowsAsync<PeerConnectionException>(() => offerer.WaitForConnectedAsync().WaitAsync(s_timeout));
        Assert.Equal(ConnectionFailureReason.DtlsFingerprintMismatch, e.Reason);
        var failed = await EventLog.WaitForAsync(answerer.Events, ev => ev.State == ConnectionState.Failed, s_timeout);
        Assert.Equal(ConnectionFailureReason.DtlsFailed, failed.Reason);
    }

    [Fact]
    public async Task Offerer_AnswerFromAClosedPort_FailsWithIceTimeout()
    {
        await using var offerer = new PeerConnection(new PeerConnectionOptions { IceTimeout = TimeSpan.FromSeconds(2) }, TimeProvider.System);
        string answerSdp;
        await using (var gone = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System))
        {
            answerSdp = (await gone.CreateAnswerAsync(await offerer.CreateOfferAsync())).Sdp;
        }

        await offerer.SetRemoteAnswerAsync(answerSdp);

        var e = await Assert.ThrowsAsync<PeerConnectionException>(() => offerer.WaitForConnectedAsync().WaitAsync(s_timeout));
        Assert.Equal(ConnectionFailureReason.IceTimeout, e.Reason);
    }

    [Fact]
    public async Task Offerer_AnswerWithOnlyUnreachableCandidates_FailsAtOnce()
    {
        await using var offerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var answer = await answerer.CreateAnswerAsync(await offerer.CreateOfferAsync());

        await offerer.SetRemoteAnswerAsync(answer.Sdp.Replace("127.0.0.1 ", "192.0.2.9 ", StringComparison.Ordinal));

        var e = await Assert.ThrowsAsync<PeerConnectionException>(() => offerer.WaitForConnectedAsync().WaitAsync(s_timeout));
        Assert.Equal(ConnectionFailureReason.IceNoUsableCandidate, e.Reason);
    }

    [Fact]
    public async Task Answerer_NobodyChecks_FailsWithIceTimeoutOnItsClock()
    {
        var clock = new ManualTimeProvider();
        await using var answerer = new PeerConnection(new PeerConnectionOptions { IceTimeout = TimeSpan.FromSeconds(5) }, clock);
        await answerer.CreateAnswerAsync(TestVectors.Text("sdp", "chromium156-audio.sdp"));

        for (var i = 0; i < 20 && answerer.State == ConnectionState.Connecting; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
            await EventLog.WaitForAsync(answerer.Events, _ => true, TimeSpan.FromMilliseconds(200)).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var e = await Assert.ThrowsAsync<PeerConnectionException>(() => answerer.WaitForConnectedAsync().WaitAsync(s_timeout));
        Assert.Equal(ConnectionFailureReason.IceTimeout, e.Reason);
    }

    [Fact]
    public async Task Call_PeerFallsSilent_ConsentLost()
    {
        await using var call = await LoopbackCall.ConnectAsync(options: new PeerConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(1), RtcpInterval = TimeSpan.FromSeconds(30) });

        // Nothing is sent: consent checks come every 5 s, RTCP every 30 s, so both sides time out.
        var failed = await EventLog.WaitForAsync(call.Answerer.Events, e => e.State == ConnectionState.Failed, s_timeout);
        Assert.Equal(ConnectionFailureReason.ConsentLost, failed.Reason);
    }

    [Fact]
    public async Task CreateAnswer_Twice_FailsWithInvalidState()
    {
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var offer = TestVectors.Text("sdp", "chromium156-audio.sdp");
        await answerer.CreateAnswerAsync(offer);

        var e = await Assert.ThrowsAsync<SdpNegotiationException>(() => answerer.CreateAnswerAsync(offer));
        Assert.Equal(SdpNegotiationFailure.InvalidState, e.Failure);
    }

    [Fact]
    public async Task CreateAnswer_BadOffer_ThrowsTypedErrorAndStaysNew()
    {
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);

        var e = await Assert.ThrowsAsync<SdpNegotiationException>(() => answerer.CreateAnswerAsync("v=0\r\nbanana"));

        Assert.Equal(SdpNegotiationFailure.MalformedSdp, e.Failure);
        Assert.Equal(ConnectionState.New, answerer.State);
        Assert.Equal(PeerConnectionRole.None, answerer.Role);
        var answer = await answerer.CreateAnswerAsync(TestVectors.Text("sdp", "chromium156-pcmu.sdp"));
        Assert.Equal(AudioCodec.Pcmu, answer.Negotiated.Codec);
    }

    [Fact]
    public async Task DisposeAsync_TwiceAtOnce_IsSafeAndLaterCallsFailCleanly()
    {
        var connection = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);

        await Task.WhenAll(connection.DisposeAsync().AsTask(), connection.DisposeAsync().AsTask());

        Assert.Equal(ConnectionState.Closed, connection.State);
        await Assert.ThrowsAsync<PeerConnectionException>(() => connection.CreateOfferAsync());
        await Assert.ThrowsAsync<PeerConnectionException>(() => connection.WaitForConnectedAsync());
        Assert.False(connection.TrySendAudio(new short[960]));
    }

    [Fact]
    public async Task TrySendAudio_BeforeConnectedOrWrongSize_IsRefusedAndCounted()
    {
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        Assert.False(answerer.TrySendAudio(new short[960]));

        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Opus] });
        Assert.False(call.Offerer.TrySendAudio(new short[500]));
        Assert.True(call.Offerer.TrySendAudio(new short[960]));
        Assert.Equal(1, answerer.Counters.SendRejected);
        Assert.Equal(1, call.Offerer.Counters.SendRejected);
    }

    [Fact]
    public async Task TrySendDigit_Rfc4733_ArrivesAsStartAndEndNotices()
    {
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Pcmu] });
        Assert.Equal(126, call.Answerer.Negotiated!.TelephoneEventPayloadType);

        Assert.True(call.Offerer.TrySendDigit('7', TimeSpan.FromMilliseconds(100)));

        using var cts = new CancellationTokenSource(s_timeout, TimeProvider.System);
        var start = await call.Answerer.TelephoneEvents.ReadAsync(cts.Token);
        var end = await call.Answerer.TelephoneEvents.ReadAsync(cts.Token);
        Assert.Equal(('7', false), (start.Digit, start.Ended));
        Assert.Equal(('7', true), (end.Digit, end.Ended));
        Assert.Equal(TimeSpan.FromMilliseconds(100), end.Duration);
        Assert.False(call.Answerer.TelephoneEvents.TryRead(out _), "the three end packets are reported once");
    }

    [Fact]
    public async Task TrySendEncoded_PreEncodedPcmu_ArrivesAsTheSameAudio()
    {
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Pcmu] });
        var speech = SpeechFixtures.Osr8k(0.4);
        var encoded = new byte[speech.Length];
        G711.EncodeMuLaw(speech, encoded);
        var collecting = AudioCollector.CollectAsync(call.Answerer.Audio, speech.Length, s_timeout);

        for (var i = 0; i < speech.Length; i += 160)
        {
            Assert.True(call.Offerer.TrySendEncoded(encoded.AsSpan(i, 160), 160));
        }

        var (received, frames) = await collecting;
        Assert.Equal(20, frames.Count);
        var expected = new short[speech.Length];
        G711.DecodeMuLaw(encoded, expected);
        Assert.Equal(expected, received);
        Assert.Equal(speech.Length, call.Offerer.SamplesSent);
        Assert.Equal(0, frames[0].MediaTime);
        Assert.Equal(160 * 19, frames[^1].MediaTime);
    }

    [Fact]
    public async Task SkipSamples_LeavesAGapInMediaTime()
    {
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Pcmu] });
        var silence = new short[160];

        call.Offerer.TrySendAudio(silence);
        call.Offerer.SkipSamples(8000);
        call.Offerer.ResetEncoder();
        call.Offerer.TrySendAudio(silence);

        using var cts = new CancellationTokenSource(s_timeout, TimeProvider.System);
        var first = await call.Answerer.Audio.ReadAsync(cts.Token);
        var second = await call.Answerer.Audio.ReadAsync(cts.Token);
        Assert.Equal(0, first.MediaTime);
        Assert.Equal(160 + 8000, second.MediaTime);
        Assert.Equal(320, call.Offerer.SamplesSent);
    }
}
