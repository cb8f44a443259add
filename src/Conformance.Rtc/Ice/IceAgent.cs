using System.Net;
using System.Security.Cryptography;
using Conformance.Rtc.Stun;

namespace Conformance.Rtc.Ice;

/// <summary>
/// The ICE side of one connection, owned by its actor (RFC 8445). Both roles answer Binding
/// requests (ICE-lite answerer §2.5, and a full peer's checks to us). The controlling role
/// (our offerer) also runs checks with aggressive nomination (USE-CANDIDATE on every check, which
/// ICE-lite and full peers both honour) over local-host × remote-UDP pairs, one new pair every
/// Ta = 50 ms, retransmitting at RTO 100 ms doubling (RFC 8489 §6.2.1), and refreshes consent
/// every 5 s once selected (RFC 7675). Clock-free: the caller passes elapsed time.
/// <code>
///   controlling:  Waiting ──send──► InProgress ──2xx + valid MI──► Succeeded (= nominated, selected)
///                                       └──── 7 tries or error ────► Failed
/// </code>
/// </summary>
internal sealed class IceAgent
{
    private static readonly TimeSpan s_pacing = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_initialRto = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_maxRto = TimeSpan.FromMilliseconds(1600);
    private static readonly TimeSpan s_consentInterval = TimeSpan.FromSeconds(5);
    private const int MaxAttempts = 7;

    /// <summary>Peer-reflexive type preference (RFC 8445 §5.1.2.2) for the PRIORITY we send.</summary>
    private static readonly uint s_checkPriority = IceCandidate.ComputePriority(110, 65535, 1);

    private readonly IceCredentials _local;
    private readonly Action<ReadOnlyMemory<byte>, IPEndPoint> _send;
    private readonly HashSet<IPEndPoint> _validated = [];
    private readonly List<CandidatePair> _pairs = [];
    private readonly ulong _tieBreaker;
    private IceCredentials? _remote;
    private TimeSpan _nextPairStart;
    private TimeSpan _nextConsent;
    private StunTransactionId? _consentTransaction;

    public IceAgent(IceCredentials local, bool controlling, Action<ReadOnlyMemory<byte>, IPEndPoint> send)
    {
        _local = local;
        Controlling = controlling;
        _send = send;
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        _tieBreaker = BitConverter.ToUInt64(bytes);
    }

    public bool Controlling { get; }

    /// <summary>Where media and DTLS go; null until a check succeeded.</summary>
    public IPEndPoint? Selected { get; private set; }

    /// <summary>True when every pair failed (controlling); the connection fails with it.</summary>
    public bool AllPairsFailed => Controlling && _pairs.Count > 0 && _pairs.All(p => p.State == PairState.Failed);

    public int PairCount => _pairs.Count;

    public bool IsValidated(IPEndPoint endPoint) => _validated.Contains(endPoint);

    /// <summary>Installs the peer's credentials and, when controlling, the pairs to check.</summary>
    /// <returns>The number of usable candidate pairs (always 0 for the controlled role).</returns>
    public int SetRemote(IceCredentials remote, IReadOnlyList<IceCandidate> candidates, IPEndPoint local)
    {
        _remote = remote;
        if (!Controlling)
        {
            return 0;
        }

        foreach (var candidate in candidates.Where(c => c.IsUdp && c.Component == 1).OrderByDescending(c => c.Priority))
        {
            if (candidate.EndPoint is { } remoteEndPoint && Reachable(local.Address, remoteEndPoint.Address)
                && _pairs.All(p => !p.Remote.Equals(remoteEndPoint)))
            {
                _pairs.Add(new CandidatePair(remoteEndPoint));
            }
        }

        return _pairs.Count;
    }

    /// <summary>Sends due checks and retransmissions; call every few tens of ms.</summary>
    public void Tick(TimeSpan now)
    {
        if (!Controlling || _remote is null)
        {
            return;
        }

        if (Selected is not null)
        {
            if (now >= _nextConsent)
            {
                _consentTransaction = StunTransactionId.NewRandom();
                SendCheck(Selected, _consentTransaction.Value, nominate: false);
                _nextConsent = now + s_consentInterval;
            }

            return;
        }

        foreach (var pair in _pairs)
        {
            switch (pair.State)
            {
                case PairState.Waiting when now >= _nextPairStart:
                    pair.State = PairState.InProgress;
                    pair.Transaction = StunTransactionId.NewRandom();
                    pair.Rto = s_initialRto;
                    Transmit(pair, now);
                    _nextPairStart = now + s_pacing;
                    break;
                case PairState.InProgress when now >= pair.NextSend:
                    if (pair.Attempts >= MaxAttempts)
                    {
                        pair.State = PairState.Failed;
                    }
                    else
                    {
                        Transmit(pair, now);
                    }

                    break;
            }
        }
    }

    public IceStunOutcome HandleStun(ReadOnlySpan<byte> datagram, IPEndPoint from, TimeSpan now)
    {
        if (!StunMessage.TryParse(datagram, out var message))
        {
            return IceStunOutcome.Malformed;
        }

        if (message.Method != StunMethod.Binding)
        {
            return IceStunOutcome.Ignored;
        }

        // RFC 8445 §7.2.2 via RFC 8489 §7.3: FINGERPRINT, when present, must be right.
        if (message.HasFingerprint && !message.VerifyFingerprint())
        {
            return IceStunOutcome.Unauthorized;
        }

        return message.Class switch
        {
            StunMessageClass.Request => HandleRequest(message, from),
            StunMessageClass.SuccessResponse => HandleSuccess(message, from, now),
            StunMessageClass.ErrorResponse => HandleError(message),
            _ => IceStunOutcome.Ignored,
        };
    }

    private IceStunOutcome HandleRequest(StunMessage request, IPEndPoint from)
    {
        // RFC 8445 §7.3 / RFC 8489 §9.1.3: USERNAME must be "<our ufrag>:<their ufrag>" and
        // MESSAGE-INTEGRITY keyed with our password; 400 without them, 401 when wrong.
        if (request.Username is not { } username || !request.HasMessageIntegrity)
        {
            Reply(request, from, 400, "Bad Request");
            return IceStunOutcome.Unauthorized;
        }

        var colon = username.IndexOf(':', StringComparison.Ordinal);
        var ours = colon > 0 ? username[..colon] : username;
        if (ours != _local.UserFragment || !request.VerifyMessageIntegrity(_local.PasswordBytes))
        {
            Reply(request, from, 401, "Unauthorized");
            return IceStunOutcome.Unauthorized;
        }

        var response = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.SuccessResponse, request.TransactionId)
            .AddXorMappedAddress(from)
            .ToArray(_local.PasswordBytes, fingerprint: true);
        _send(response, from);

        _validated.Add(from);
        if (Controlling)
        {
            return IceStunOutcome.Answered;
        }

        // Controlled: the first valid check selects, USE-CANDIDATE (re)nominates (RFC 8445 §7.3.1.5).
        if (Selected is null || (request.UseCandidate && !Selected.Equals(from)))
        {
            Selected = from;
            return IceStunOutcome.Selected;
        }

        return IceStunOutcome.Answered;
    }

    private IceStunOutcome HandleSuccess(StunMessage response, IPEndPoint from, TimeSpan now)
    {
        if (_remote is null)
        {
            return IceStunOutcome.Ignored;
        }

        if (_consentTransaction == response.TransactionId)
        {
            _consentTransaction = null;
            return response.VerifyMessageIntegrity(_remote.PasswordBytes) ? IceStunOutcome.ResponseAccepted : IceStunOutcome.Unauthorized;
        }

        var pair = _pairs.FirstOrDefault(p => p.Transaction == response.TransactionId);
        if (pair is null || pair.State != PairState.InProgress)
        {
            return IceStunOutcome.Ignored;
        }

        // RFC 8445 §7.2.5.2.1: the response must come from where the request went (symmetric).
        if (!pair.Remote.Equals(from) || !response.VerifyMessageIntegrity(_remote.PasswordBytes))
        {
            return IceStunOutcome.Unauthorized;
        }

        pair.State = PairState.Succeeded;
        _validated.Add(from);
        if (Selected is null)
        {
            Selected = from;
            _nextConsent = now + s_consentInterval;
            return IceStunOutcome.ResponseSelected;
        }

        return IceStunOutcome.ResponseAccepted;
    }

    private IceStunOutcome HandleError(StunMessage response)
    {
        var pair = _pairs.FirstOrDefault(p => p.Transaction == response.TransactionId);
        if (pair is null)
        {
            return IceStunOutcome.Ignored;
        }

        pair.State = PairState.Failed;
        return IceStunOutcome.ErrorResponse;
    }

    private void Transmit(CandidatePair pair, TimeSpan now)
    {
        SendCheck(pair.Remote, pair.Transaction, nominate: true);
        pair.Attempts++;
        pair.NextSend = now + pair.Rto;
        pair.Rto = pair.Rto * 2 > s_maxRto ? s_maxRto : pair.Rto * 2;
    }

    /// <summary>RFC 8445 §7.2.2: USERNAME "their:our", PRIORITY, ICE-CONTROLLING, USE-CANDIDATE, MI (their pwd), FINGERPRINT.</summary>
    private void SendCheck(IPEndPoint to, StunTransactionId transaction, bool nominate)
    {
        var builder = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, transaction)
            .AddUsername($"{_remote!.UserFragment}:{_local.UserFragment}")
            .AddPriority(s_checkPriority)
            .AddIceControlling(_tieBreaker);
        if (nominate)
        {
            builder.AddUseCandidate();
        }

        _send(builder.ToArray(_remote.PasswordBytes, fingerprint: true), to);
    }

    private void Reply(StunMessage request, IPEndPoint to, int code, string reason) =>
        _send(new StunMessageBuilder(StunMethod.Binding, StunMessageClass.ErrorResponse, request.TransactionId)
            .AddErrorCode(code, reason)
            .ToArray([], fingerprint: true), to);

    /// <summary>A socket bound to loopback reaches only loopback; otherwise same address family.</summary>
    private static bool Reachable(IPAddress local, IPAddress remote) =>
        local.AddressFamily == remote.AddressFamily && (!IPAddress.IsLoopback(local) || IPAddress.IsLoopback(remote));

    private enum PairState
    {
        Waiting,
        InProgress,
        Succeeded,
        Failed,
    }

    private sealed class CandidatePair(IPEndPoint remote)
    {
        public IPEndPoint Remote { get; } = remote;

        public PairState State { get; set; }

        public StunTransactionId Transaction { get; set; }

        public int Attempts { get; set; }

        public TimeSpan NextSend { get; set; }

        public TimeSpan Rto { get; set; }
    }
}
