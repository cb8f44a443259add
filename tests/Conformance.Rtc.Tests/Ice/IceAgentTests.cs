using System.Net;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Stun;

namespace Conformance.Rtc.Tests.Ice;

/// <summary>Two ICE agents wired through in-memory queues (no sockets), time passed in by hand.</summary>
public sealed class IceAgentTests
{
    private static readonly IPEndPoint s_offerer = new(IPAddress.Loopback, 5000);
    private static readonly IPEndPoint s_answerer = new(IPAddress.Loopback, 6000);

    [Fact]
    public void ControllingAgainstLite_FirstCheckSucceeds_BothSelect()
    {
        var net = new Network();
        var (controlling, lite) = net.Pair();

        controlling.Tick(TimeSpan.Zero);
        net.Deliver(TimeSpan.Zero);

        Assert.Equal(s_answerer, controlling.Selected);
        Assert.Equal(s_offerer, lite.Selected);
        Assert.True(lite.IsValidated(s_offerer));
        Assert.True(controlling.IsValidated(s_answerer));
        Assert.Contains(net.Outcomes, o => o == IceStunOutcome.ResponseSelected);
    }

    [Fact]
    public void Check_CarriesRfc8445Attributes()
    {
        var net = new Network();
        var (controlling, _) = net.Pair();

        controlling.Tick(TimeSpan.Zero);

        var (bytes, to) = Assert.Single(net.Queue);
        Assert.Equal(s_answerer, to);
        Assert.True(StunMessage.TryParse(bytes, out var check));
        Assert.Equal($"{net.AnswererIce.UserFragment}:{net.OffererIce.UserFragment}", check.Username);
        Assert.True(check.UseCandidate);
        Assert.NotNull(check.IceControlling);
        Assert.NotNull(check.Priority);
        Assert.True(check.VerifyMessageIntegrity(net.AnswererIce.PasswordBytes));
        Assert.True(check.VerifyFingerprint());
    }

    [Fact]
    public void LostChecks_AreRetransmittedThenThePairFails()
    {
        var net = new Network();
        var (controlling, _) = net.Pair();
        var sends = new List<TimeSpan>();

        for (var t = TimeSpan.Zero; t < TimeSpan.FromSeconds(10); t += TimeSpan.FromMilliseconds(10))
        {
            controlling.Tick(t);
            if (net.Queue.Count > 0)
            {
                sends.Add(t);
                net.Queue.Clear();
            }
        }

        // RTO 100 ms doubling to a 1.6 s cap (RFC 8489 §6.2.1), 7 transmissions, then failed.
        Assert.Equal(7, sends.Count);
        Assert.Equal([0, 100, 300, 700, 1500, 3100, 4700], sends.Select(s => (int)s.TotalMilliseconds));
        Assert.True(controlling.AllPairsFailed);
        Assert.Null(controlling.Selected);
    }

    [Theory]
    [InlineData("wrong-password-00000000", "locl")]
    [InlineData(null, "other")]
    public void Lite_BadCredentials_Answers401AndValidatesNothing(string? password, string ufrag)
    {
        var net = new Network();
        var (_, lite) = net.Pair();
        var request = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, StunTransactionId.NewRandom())
            .AddUsername($"{(ufrag == "locl" ? net.AnswererIce.UserFragment : ufrag)}:x")
            .ToArray(System.Text.Encoding.UTF8.GetBytes(password ?? net.AnswererIce.Password), fingerprint: true);

        var outcome = lite.HandleStun(request, s_offerer, TimeSpan.Zero);

        Assert.Equal(IceStunOutcome.Unauthorized, outcome);
        Assert.False(lite.IsValidated(s_offerer));
        var (reply, _) = Assert.Single(net.Queue);
        Assert.True(StunMessage.TryParse(reply, out var error));
        Assert.Equal(401, error.Error?.Code);
    }

    [Fact]
    public void Lite_CheckWithoutIntegrity_Answers400()
    {
        var net = new Network();
        var (_, lite) = net.Pair();
        var request = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, StunTransactionId.NewRandom())
            .AddUsername($"{net.AnswererIce.UserFragment}:x")
            .ToArray([], fingerprint: true);

        Assert.Equal(IceStunOutcome.Unauthorized, lite.HandleStun(request, s_offerer, TimeSpan.Zero));
        Assert.True(StunMessage.TryParse(net.Queue.Single().Bytes, out var error));
        Assert.Equal(400, error.Error?.Code);
    }

    [Fact]
    public void Lite_UseCandidateFromAnotherAddress_MovesTheSelection()
    {
        var net = new Network();
        var (controlling, lite) = net.Pair();
        controlling.Tick(TimeSpan.Zero);
        net.Deliver(TimeSpan.Zero);
        var elsewhere = new IPEndPoint(IPAddress.Loopback, 7000);

        var request = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, StunTransactionId.NewRandom())
            .AddUsername($"{net.AnswererIce.UserFragment}:{net.OffererIce.UserFragment}")
            .AddUseCandidate()
            .ToArray(net.AnswererIce.PasswordBytes, fingerprint: true);

        Assert.Equal(IceStunOutcome.Selected, lite.HandleStun(request, elsewhere, TimeSpan.Zero));
        Assert.Equal(elsewhere, lite.Selected);
    }

    [Fact]
    public void Controlling_SpoofedResponseFromAnotherAddress_IsRejected()
    {
        var net = new Network();
        var (controlling, _) = net.Pair();
        controlling.Tick(TimeSpan.Zero);
        var (check, _) = net.Queue.Single();
        Assert.True(StunMessage.TryParse(check, out var request));
        var response = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.SuccessResponse, request.TransactionId)
            .AddXorMappedAddress(s_offerer)
            .ToArray(net.AnswererIce.PasswordBytes, fingerprint: true);

        Assert.Equal(IceStunOutcome.Unauthorized, controlling.HandleStun(response, new IPEndPoint(IPAddress.Loopback, 6666), TimeSpan.Zero));
        Assert.Null(controlling.Selected);
    }

    private sealed class Network
    {
        public IceCredentials OffererIce { get; } = IceCredentials.NewRandom();

        public IceCredentials AnswererIce { get; } = IceCredentials.NewRandom();

        public List<(byte[] Bytes, IPEndPoint To)> Queue { get; } = [];

        public List<IceStunOutcome> Outcomes { get; } = [];

        private IceAgent? _controlling;
        private IceAgent? _lite;

        public (IceAgent Controlling, IceAgent Lite) Pair()
        {
            _controlling = new IceAgent(OffererIce, controlling: true, (d, to) => Queue.Add((d.ToArray(), to)));
            _lite = new IceAgent(AnswererIce, controlling: false, (d, to) => Queue.Add((d.ToArray(), to)));
            var candidate = new IceCandidate("1", 1, "udp", 2130706431, "127.0.0.1", s_answerer.Port, "host");
            _controlling.SetRemote(AnswererIce, [candidate], s_offerer);
            _lite.SetRemote(OffererIce, [], s_answerer);
            return (_controlling, _lite);
        }

        /// <summary>Delivers queued datagrams (and what they trigger) until the network is quiet.</summary>
        public void Deliver(TimeSpan now)
        {
            while (Queue.Count > 0)
            {
                var (bytes, to) = Queue[0];
                Queue.RemoveAt(0);
                var (agent, from) = to.Equals(s_answerer) ? (_lite!, s_offerer) : (_controlling!, s_answerer);
                Outcomes.Add(agent.HandleStun(bytes, from, now));
            }
        }
    }
}
