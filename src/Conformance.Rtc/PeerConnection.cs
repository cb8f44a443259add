using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Channels;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Media;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Transport;

namespace Conformance.Rtc;

/// <summary>
/// One WebRTC audio connection on one UDP port, either side of offer/answer: the emulator answers
/// browsers' offers (<see cref="CreateAnswerAsync"/>, ICE-lite, DTLS passive), the harness offers to
/// deployments (<see cref="CreateOfferAsync"/> then <see cref="SetRemoteAnswerAsync"/>, ICE
/// controlling, DTLS per the answer's setup).
/// <para>
/// The connection is one actor: a single loop owns all protocol state and takes datagrams, ticks
/// and API calls from one channel. DTLS runs on its own thread and reports back to the loop.
/// Media at the edge is mono PCM16 at <see cref="NegotiatedAudio.PcmSampleRate"/>: 48 kHz for
/// Opus, 8 kHz for PCMU/PCMA. Sending is caller-paced (<see cref="TrySendAudio"/> once per frame,
/// RTP timestamps from sample counts) or paced here (<see cref="PeerConnectionPacing.SendPacedAsync"/>). Failures are
/// <see cref="Events"/>, never exceptions on the loop.
/// </para>
/// </summary>
public sealed class PeerConnection : IAsyncDisposable
{
    private static readonly TimeSpan s_tickInterval = TimeSpan.FromMilliseconds(20);
    private const int MaxQueuedDatagrams = 2048;

    private readonly PeerConnectionOptions _options;
    private readonly TimeProvider _time;
    private readonly UdpPacketTransport _socket;
    private readonly Channel<PeerCommand> _inbox = Channel.CreateUnbounded<PeerCommand>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<ReceivedAudioFrame> _audio;
    private readonly Channel<TelephoneEventNotice> _telephoneEvents = Channel.CreateBounded<TelephoneEventNotice>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true });
    private readonly ConnectionStateMachine _machine;
    private readonly CancellationTokenSource _stop = new();
    private readonly DtlsCertificate _certificate;
    private readonly IceCredentials _localIce = IceCredentials.NewRandom();
    private readonly uint _ssrc = (uint)RandomNumberGenerator.GetInt32(1, int.MaxValue);
    private readonly string _cname = IceCredentials.NewRandom().UserFragment + IceCredentials.NewRandom().UserFragment;
    private readonly long _startTimestamp;
    private readonly DateTimeOffset _startUtc;
    private readonly ITimer _tick;
    private readonly Task _receiveLoop;
    private readonly Task _actorLoop;
    private readonly Lazy<Task> _disposal;
    private int _tickPending;
    private int _queuedDatagrams;
    private int _closeRequested;

    // Actor-owned state.
    private SdpMessage? _localOffer;
    private IceAgent? _ice;
    private DtlsSession? _dtls;
    private TimeSpan _connectingSince;
    private TimeSpan _lastInbound;

    // Written by the actor, read by API callers.
    private volatile SecureMediaSession? _media;
    private volatile IPEndPoint? _remote;
    private volatile NegotiatedAudio? _negotiated;
    private volatile int _role;

    public PeerConnection(PeerConnectionOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.BindAddress.Equals(IPAddress.Any) || options.BindAddress.Equals(IPAddress.IPv6Any))
        {
            throw new ArgumentException("Bind to a specific address: it is also the host candidate the peer will use.", nameof(options));
        }

        _options = options;
        _time = timeProvider;
        _machine = new ConnectionStateMachine(timeProvider);
        _certificate = options.Certificate ?? DtlsCertificate.GetShared(timeProvider);
        _audio = Channel.CreateBounded<ReceivedAudioFrame>(
            new BoundedChannelOptions(options.ReceiveQueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true },
            _ => Counters.Add(CounterKind.FramesDroppedSlowReader));
        _socket = UdpPacketTransport.Bind(options.BindAddress, options.Port);
        _startTimestamp = timeProvider.GetTimestamp();
        _startUtc = timeProvider.GetUtcNow();
        _actorLoop = Task.Run(RunActorAsync);
        _receiveLoop = Task.Run(() => _socket.ReceiveLoopAsync(OnDatagramReceived, _stop.Token));
        _tick = timeProvider.CreateTimer(_ => PostTick(), null, s_tickInterval, s_tickInterval);
        _disposal = new Lazy<Task>(DisposeCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IPEndPoint LocalEndPoint => _socket.LocalEndPoint;

    public ConnectionState State => _machine.State;

    public PeerConnectionRole Role => (PeerConnectionRole)_role;

    /// <summary>Set once offer/answer completed.</summary>
    public NegotiatedAudio? Negotiated => _negotiated;

    /// <summary>The certificate fingerprint this side puts in its descriptions.</summary>
    public DtlsFingerprint LocalFingerprint => _certificate.Fingerprint;

    /// <summary>The endpoint ICE selected; null before.</summary>
    public IPEndPoint? RemoteEndPoint => _remote;

    /// <summary>Decoded inbound audio, in playout order.</summary>
    public ChannelReader<ReceivedAudioFrame> Audio => _audio.Reader;

    /// <summary>RFC 4733 telephone events (DTMF), one notice at start and one at end.</summary>
    public ChannelReader<TelephoneEventNotice> TelephoneEvents => _telephoneEvents.Reader;

    /// <summary>State changes and transport milestones, in order; completes when the connection is disposed.</summary>
    public ChannelReader<ConnectionEvent> Events => _machine.Events;

    public PeerConnectionCounters Counters { get; } = new();

    /// <summary>The clock this connection reads (pacing, arrival times, timeouts).</summary>
    internal TimeProvider Clock => _time;

    /// <summary>Samples sent at the codec's clock rate: the played position on WebRTC (turn-semantics §3).</summary>
    public long SamplesSent => _media?.Sender.SamplesSent ?? 0;

    /// <summary>Answers a remote offer (ICE-lite, DTLS passive unless the offer is passive).</summary>
    /// <exception cref="SdpNegotiationException">The offer cannot be answered; <see cref="SdpNegotiationException.Failure"/> says why.</exception>
    public Task<SdpAnswer> CreateAnswerAsync(string offerSdp, CancellationToken cancellationToken = default) =>
        RunOnActorAsync(() =>
        {
            RequireFresh();
            var (answer, negotiated) = SdpAnswerer.CreateAnswer(offerSdp, _options.Answer, LocalParameters());
            _role = (int)PeerConnectionRole.Answerer;
            _negotiated = negotiated;
            _ice = new IceAgent(_localIce, controlling: false, SendTo);
            _ice.SetRemote(negotiated.RemoteIce, negotiated.RemoteCandidates, LocalEndPoint);
            BeginConnecting();
            return new SdpAnswer(answer.ToString(), negotiated);
        }, cancellationToken);

    /// <summary>Writes an offer (ICE controlling, a=setup:actpass, one host candidate).</summary>
    public Task<string> CreateOfferAsync(OfferOptions? options = null, CancellationToken cancellationToken = default) =>
        RunOnActorAsync(() =>
        {
            RequireFresh();
            _localOffer = SdpOfferer.CreateOffer(options ?? new OfferOptions(), LocalParameters());
            _role = (int)PeerConnectionRole.Offerer;
            return _localOffer.ToString();
        }, cancellationToken);

    /// <summary>Applies the answer to our offer and starts ICE checks.</summary>
    /// <exception cref="SdpNegotiationException">The answer does not fit the offer.</exception>
    public Task<NegotiatedAudio> SetRemoteAnswerAsync(string answerSdp, CancellationToken cancellationToken = default) =>
        RunOnActorAsync(() =>
        {
            if (_localOffer is null || _negotiated is not null)
            {
                throw new SdpNegotiationException(SdpNegotiationFailure.InvalidState, "SetRemoteAnswer needs a pending offer from CreateOffer.");
            }

            var negotiated = SdpOfferer.ApplyAnswer(_localOffer, answerSdp);
            _negotiated = negotiated;
            _ice = new IceAgent(_localIce, controlling: true, SendTo);
            var pairs = _ice.SetRemote(negotiated.RemoteIce, negotiated.RemoteCandidates, LocalEndPoint);
            BeginConnecting();
            if (pairs == 0)
            {
                Fail(ConnectionFailureReason.IceNoUsableCandidate,
                    $"The answer has no UDP candidate reachable from {LocalEndPoint.Address} ({negotiated.RemoteCandidates.Count} candidates).");
            }

            return negotiated;
        }, cancellationToken);

    /// <summary>Completes when connected; throws <see cref="PeerConnectionException"/> when it failed or closed first.</summary>
    public Task WaitForConnectedAsync(CancellationToken cancellationToken = default) => _machine.Connected.WaitAsync(cancellationToken);

    /// <summary>
    /// Encodes one frame with the negotiated codec and sends it as one RTP packet (mono PCM16 at
    /// <see cref="NegotiatedAudio.PcmSampleRate"/>; 20 ms is 960 samples for Opus, 160 for G.711).
    /// False, and counted, when not connected, receive-only, or the frame size is not allowed.
    /// </summary>
    public bool TrySendAudio(ReadOnlySpan<short> pcm)
    {
        if (!CanSend() || !RtpAudioCodecs.IsValidFrameSize(_negotiated!.Codec, pcm.Length))
        {
            Counters.Add(CounterKind.SendRejected);
            return false;
        }

        var copy = ArrayPool<short>.Shared.Rent(pcm.Length);
        pcm.CopyTo(copy);
        return Post(new PeerCommand(PeerCommandKind.SendAudio, Samples: copy, Length: pcm.Length));
    }

    /// <summary>Sends an already-encoded payload covering <paramref name="samples"/> at the codec's clock rate.</summary>
    public bool TrySendEncoded(ReadOnlySpan<byte> payload, int samples)
    {
        if (!CanSend() || payload.IsEmpty || payload.Length > 1200 || samples <= 0)
        {
            Counters.Add(CounterKind.SendRejected);
            return false;
        }

        var copy = ArrayPool<byte>.Shared.Rent(payload.Length);
        payload.CopyTo(copy);
        return Post(new PeerCommand(PeerCommandKind.SendEncoded, Bytes: copy, Length: payload.Length, Count: samples));
    }

    /// <summary>Sends one RFC 4733 DTMF digit (0-9 * # A-D) when telephone-event was negotiated.</summary>
    public bool TrySendDigit(char digit, TimeSpan duration)
    {
        if (!CanSend() || _negotiated!.TelephoneEventPayloadType is null || TelephoneEvent.EventForDigit(digit) is not { } code
            || duration <= TimeSpan.Zero || duration > TimeSpan.FromSeconds(5))
        {
            Counters.Add(CounterKind.SendRejected);
            return false;
        }

        return Post(new PeerCommand(PeerCommandKind.SendDigit, Length: code, Count: (int)(duration.TotalSeconds * _negotiated.ClockRate)));
    }

    /// <summary>Advances the outbound media clock without sending (a pause); the next packet has the marker bit.</summary>
    public bool SkipSamples(int samples) =>
        samples > 0 && CanSend() && Post(new PeerCommand(PeerCommandKind.Skip, Count: samples));

    /// <summary>Clears the encoder's state (after a barge-in, so no cut audio leaks through its memory).</summary>
    public void ResetEncoder() => Post(new PeerCommand(PeerCommandKind.ResetEncoder));

    /// <summary>
    /// Sends RTCP BYE and DTLS close_notify when connected, then releases the socket and every
    /// native handle. Safe to call more than once, from any thread.
    /// </summary>
    public ValueTask DisposeAsync() => new(_disposal.Value);

    private async Task DisposeCoreAsync()
    {
        Volatile.Write(ref _closeRequested, 1);
        _inbox.Writer.TryWrite(new PeerCommand(PeerCommandKind.Close));
        await _actorLoop.ConfigureAwait(false);
        await _tick.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        await _receiveLoop.ConfigureAwait(false);
        if (_dtls is not null)
        {
            await _dtls.DisposeAsync().ConfigureAwait(false);
        }

        _media?.Dispose();
        while (_inbox.Reader.TryRead(out var leftover))
        {
            Release(leftover);
        }

        _audio.Writer.TryComplete();
        _telephoneEvents.Writer.TryComplete();
        _machine.Complete();
        _stop.Dispose();
    }

    private TimeSpan Now => _time.GetElapsedTime(_startTimestamp);

    private SdpLocalParameters LocalParameters() => new(
        _localIce,
        _certificate.Fingerprint,
        LocalEndPoint,
        _ssrc,
        _cname,
        "conformance",
        "audio-" + _ssrc.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue));

    private bool CanSend() => State == ConnectionState.Connected && _negotiated is { } n && n.Direction.CanSend();

    private void RequireFresh()
    {
        if (Role != PeerConnectionRole.None || State != ConnectionState.New)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.InvalidState, $"This connection already has a {Role} description; use a new connection per call.");
        }
    }

    private async Task<T> RunOnActorAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Run()
        {
            try
            {
                completion.TrySetResult(work());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The caller gets the failure (a negotiation error, or a defect); the loop goes on.
                completion.TrySetException(e);
            }
        }

        if (!Post(new PeerCommand(PeerCommandKind.Invoke, Invoke: Run)))
        {
            throw new PeerConnectionException(ConnectionState.Closed, ConnectionFailureReason.LocalClosed, "The connection is closed.");
        }

        // If the loop ends (disposal) before running the work, say so instead of waiting forever.
        await Task.WhenAny(completion.Task, _actorLoop).WaitAsync(cancellationToken).ConfigureAwait(false);
        return completion.Task.IsCompleted
            ? await completion.Task.ConfigureAwait(false)
            : throw new PeerConnectionException(ConnectionState.Closed, ConnectionFailureReason.LocalClosed, "The connection closed before the call ran.");
    }

    private bool Post(PeerCommand command)
    {
        if (Volatile.Read(ref _closeRequested) == 0 && _inbox.Writer.TryWrite(command))
        {
            return true;
        }

        Release(command);
        return false;
    }

    private void PostTick()
    {
        if (Interlocked.Exchange(ref _tickPending, 1) == 0 && !_inbox.Writer.TryWrite(new PeerCommand(PeerCommandKind.Tick)))
        {
            Volatile.Write(ref _tickPending, 0);
        }
    }

    /// <summary>Receive loop → actor. Drops (and counts) when the actor is far behind.</summary>
    private void OnDatagramReceived(byte[] buffer, int length, IPEndPoint from)
    {
        if (Interlocked.Increment(ref _queuedDatagrams) > MaxQueuedDatagrams
            || !_inbox.Writer.TryWrite(new PeerCommand(PeerCommandKind.Datagram, Bytes: buffer, Length: length, From: from, Elapsed: Now)))
        {
            Interlocked.Decrement(ref _queuedDatagrams);
            Counters.Add(CounterKind.UnknownDropped);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task RunActorAsync()
    {
        var reader = _inbox.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var command))
            {
                try
                {
                    Handle(command);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug here must not kill the loop that owns the call; it fails the call instead.
                    Fail(ConnectionFailureReason.InternalError, $"{e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    Release(command);
                }

                if (command.Kind == PeerCommandKind.Close)
                {
                    _inbox.Writer.TryComplete();
                    return;
                }
            }
        }
    }

    private void Handle(in PeerCommand command)
    {
        switch (command.Kind)
        {
            case PeerCommandKind.Datagram:
                Interlocked.Decrement(ref _queuedDatagrams);
                OnDatagram(command.Bytes!, command.Length, command.From!, command.Elapsed);
                break;
            case PeerCommandKind.Tick:
                Volatile.Write(ref _tickPending, 0);
                OnTick();
                break;
            case PeerCommandKind.SendAudio when State == ConnectionState.Connected:
                Count(_media!.Sender.SendPcm(command.Samples.AsSpan(0, command.Length)) ? CounterKind.PacketsSent : CounterKind.SendRejected);
                break;
            case PeerCommandKind.SendEncoded when State == ConnectionState.Connected:
                Count(_media!.Sender.SendEncoded(command.Bytes.AsSpan(0, command.Length), command.Count) ? CounterKind.PacketsSent : CounterKind.SendRejected);
                break;
            case PeerCommandKind.SendDigit when State == ConnectionState.Connected:
                _media!.Sender.SendDigit(command.Length, command.Count);
                break;
            case PeerCommandKind.Skip when State == ConnectionState.Connected:
                _media!.Sender.Skip(command.Count);
                break;
            case PeerCommandKind.ResetEncoder:
                _media?.Sender.ResetEncoder();
                break;
            case PeerCommandKind.DtlsFinished:
                OnDtlsFinished();
                break;
            case PeerCommandKind.Invoke:
                command.Invoke!();
                break;
            case PeerCommandKind.Close:
                OnClose();
                break;
            default:
                Counters.Add(CounterKind.SendRejected);
                break;
        }
    }

    private void OnDatagram(byte[] buffer, int length, IPEndPoint from, TimeSpan now)
    {
        Counters.Add(CounterKind.DatagramsReceived);
        if (State is ConnectionState.Failed or ConnectionState.Closed)
        {
            Counters.Add(CounterKind.UnknownDropped);
            return;
        }

        var data = buffer.AsSpan(0, length);
        var kind = PacketClassifier.Classify(data);
        if (kind is PacketKind.Rtp or PacketKind.Rtcp && _media is null && _dtls is { IsHandshakeFinished: true })
        {
            // The peer's first media can overtake our handshake-finished message in the inbox.
            OnDtlsFinished();
        }

        switch (kind)
        {
            case PacketKind.Stun:
                OnStun(data, from, now);
                break;
            case PacketKind.Dtls:
                OnDtls(data, from);
                break;
            case PacketKind.Rtp when _media is { } media && _ice!.IsValidated(from):
                if (media.OnSrtp(buffer, length, now))
                {
                    _lastInbound = now;
                }

                break;
            case PacketKind.Rtcp when _media is { } media && _ice!.IsValidated(from):
                var (authenticated, goodbye) = media.OnSrtcp(buffer, length, now);
                if (authenticated)
                {
                    _lastInbound = now;
                }

                if (goodbye)
                {
                    _machine.Emit(ConnectionEventKind.RemoteGoodbye, ConnectionFailureReason.None, "RTCP BYE");
                }

                break;
            case PacketKind.Rtp:
                Counters.Add(CounterKind.RtpDropped);
                break;
            case PacketKind.Rtcp:
                Counters.Add(CounterKind.RtcpDropped);
                break;
            default:
                Counters.Add(CounterKind.UnknownDropped);
                break;
        }
    }

    private void OnStun(ReadOnlySpan<byte> data, IPEndPoint from, TimeSpan now)
    {
        if (_ice is null)
        {
            Counters.Add(CounterKind.StunIgnored);
            return;
        }

        var outcome = _ice.HandleStun(data, from, now);
        switch (outcome)
        {
            case IceStunOutcome.Malformed:
                Counters.Add(CounterKind.StunMalformed);
                return;
            case IceStunOutcome.Unauthorized or IceStunOutcome.ErrorResponse:
                Counters.Add(CounterKind.StunUnauthorized);
                return;
            case IceStunOutcome.Ignored:
                Counters.Add(CounterKind.StunIgnored);
                return;
        }

        Counters.Add(CounterKind.StunAnswered);
        _lastInbound = now;
        if (outcome is IceStunOutcome.Selected or IceStunOutcome.ResponseSelected && _ice.Selected is { } selected)
        {
            _remote = selected;
            _machine.Remote = selected;
            _machine.Emit(ConnectionEventKind.IceSelected, ConnectionFailureReason.None, null, selected);
            StartDtls();
        }
    }

    private void OnDtls(ReadOnlySpan<byte> data, IPEndPoint from)
    {
        if (_dtls is null || _ice is null || !_ice.IsValidated(from) || !_dtls.Offer(data, from, _remote))
        {
            Counters.Add(CounterKind.DtlsDropped);
            return;
        }

        PumpDtls();
    }

    private void PumpDtls()
    {
        for (var dropped = _dtls!.Pump(); dropped > 0; dropped--)
        {
            Counters.Add(CounterKind.DtlsDropped);
        }

        if (_dtls.CloseNotifyReceived && State == ConnectionState.Connected)
        {
            _machine.MoveTo(ConnectionState.Closed, ConnectionFailureReason.RemoteClosed, "The peer sent DTLS close_notify.");
        }
    }

    private void StartDtls()
    {
        _dtls ??= new DtlsSession(_negotiated!.LocalDtlsRole, _certificate, _negotiated.RemoteFingerprint, _options.DtlsTimeout, _time,
            datagram =>
            {
                if (_remote is { } remote)
                {
                    _socket.Send(datagram.Span, remote);
                }
            },
            () => _inbox.Writer.TryWrite(new PeerCommand(PeerCommandKind.DtlsFinished)),
            _stop.Token);
    }

    private void OnDtlsFinished()
    {
        if (State != ConnectionState.Connecting || _dtls is null)
        {
            return;
        }

        DtlsHandshakeResult result;
        try
        {
            result = _dtls.Complete();
        }
        catch (DtlsHandshakeException failure)
        {
            Fail(failure.Reason switch
            {
                DtlsFailureReason.Timeout => ConnectionFailureReason.DtlsTimeout,
                DtlsFailureReason.FingerprintMismatch => ConnectionFailureReason.DtlsFingerprintMismatch,
                _ => ConnectionFailureReason.DtlsFailed,
            }, $"{failure.Reason}: {failure.Message}");
            return;
        }

        try
        {
            _media = new SecureMediaSession(_negotiated!, result, _options, _ssrc, _cname, _startUtc, Now, _audio.Writer, _telephoneEvents.Writer, Counters,
                datagram => _remote is { } remote && _socket.Send(datagram.Span, remote));
        }
        catch (Srtp.SrtpException e)
        {
            Fail(ConnectionFailureReason.SrtpFailed, e.Message);
            return;
        }

        _machine.Emit(ConnectionEventKind.DtlsCompleted, ConnectionFailureReason.None, $"{result.Profile}, peer {result.RemoteFingerprint.Algorithm}");
        _lastInbound = Now;
        _machine.MoveTo(ConnectionState.Connected, ConnectionFailureReason.None, null);

        // Anything that queued while the handshake thread finished (e.g. a retransmitted Finished).
        PumpDtls();
    }

    private void OnTick()
    {
        var now = Now;
        _ice?.Tick(now);
        switch (State)
        {
            case ConnectionState.Connecting when _ice?.Selected is null && now - _connectingSince > _options.IceTimeout:
                Fail(ConnectionFailureReason.IceTimeout, $"No ICE candidate pair succeeded within {_options.IceTimeout.TotalSeconds:0.#} s.");
                break;
            case ConnectionState.Connecting when _ice is { AllPairsFailed: true } && _ice.Selected is null:
                Fail(ConnectionFailureReason.IceTimeout, $"All {_ice.PairCount} ICE candidate pairs failed.");
                break;
            case ConnectionState.Connected:
                _media!.Tick(now, _time.GetUtcNow());
                if (now - _lastInbound > _options.IdleTimeout)
                {
                    Fail(ConnectionFailureReason.ConsentLost, $"Nothing authenticated from the peer for {_options.IdleTimeout.TotalSeconds:0.#} s.");
                }

                break;
        }
    }

    private void OnClose()
    {
        if (State == ConnectionState.Connected)
        {
            _media!.SendGoodbye(Now, _time.GetUtcNow());
            _dtls!.CloseGracefully();
        }

        _machine.MoveTo(ConnectionState.Closed, ConnectionFailureReason.LocalClosed, null);
    }

    private void BeginConnecting()
    {
        _connectingSince = Now;
        _machine.MoveTo(ConnectionState.Connecting, ConnectionFailureReason.None, null);
    }

    private void Fail(ConnectionFailureReason reason, string detail)
    {
        if (_machine.TryFail(reason, detail))
        {
            _dtls?.Abort();
        }
    }

    private void SendTo(ReadOnlyMemory<byte> datagram, IPEndPoint to) => _socket.Send(datagram.Span, to);

    private void Count(CounterKind kind) => Counters.Add(kind);

    private static void Release(in PeerCommand command)
    {
        if (command.Bytes is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        if (command.Samples is { } samples)
        {
            ArrayPool<short>.Shared.Return(samples);
        }
    }
}
