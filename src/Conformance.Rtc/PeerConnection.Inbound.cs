using System.Net;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Media;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Transport;

namespace Conformance.Rtc;

// The inbound half of the connection's actor: demultiplexing datagrams (RFC 7983 §7: STUN,
// DTLS, SRTP/SRTCP by first byte), ICE connectivity checks and the DTLS handshake that keys SRTP.
// Runs only on the actor loop (see PeerConnection.cs).
public sealed partial class PeerConnection
{
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
}
