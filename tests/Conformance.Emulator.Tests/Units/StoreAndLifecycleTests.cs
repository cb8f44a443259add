using Conformance.Emulator.Configuration;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Emulator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Emulator.Tests.Units;

/// <summary>The store, state machine and lease clock without HTTP, sockets or sleeps (a manual clock).</summary>
public sealed class StoreAndLifecycleTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static (EmulatorStore Store, ManualTimeProvider Time, LeaseClock Clock) NewStore()
    {
        var time = new ManualTimeProvider(s_start);
        var clock = new LeaseClock(time);
        var store = new EmulatorStore(clock, new FilePersonaCatalog(null));
        store.Load(DefaultSeed.Config);
        return (store, time, clock);
    }

    [Fact]
    public void StateMachine_TerminalStatesAreFinal_RandomWalksNeverLeaveThem()
    {
        var states = Enum.GetValues<CallState>();
        var property = Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements(states))), walk =>
        {
            var current = CallState.Created;
            var ended = false;
            foreach (var next in walk)
            {
                if (!CallStateMachine.CanTransition(current, next))
                {
                    continue;
                }

                if (ended)
                {
                    return false;
                }

                current = next;
                ended = CallStateMachine.IsTerminal(current);
            }

            return true;
        });
        Check.QuickThrowOnFailure(property);
        Assert.False(CallStateMachine.CanTransition(CallState.Active, CallState.Ringing));
        Assert.False(CallStateMachine.CanTransition(CallState.Created, CallState.NoAnswer));
        Assert.True(CallStateMachine.CanTransition(CallState.Ringing, CallState.NoAnswer));
    }

    [Fact]
    public void CollectDue_LeaseRingAndSocketDeadlines_OnTheLeaseClock()
    {
        var (store, time, clock) = NewStore();
        var tenant = store.FindTenant(DefaultSeed.TenantId)!;
        var leased = store.NewCall(tenant, Surface.Everruns, CallTransport.WebRtc, "voice_a");
        leased.LeaseExpiresAt = s_start.AddHours(1);
        var ringing = store.NewCall(tenant, Surface.ClutchCall, CallTransport.Phone, "CA_b");
        store.TryTransition(ringing, CallState.Dialing);
        ringing.RingDeadline = s_start.AddSeconds(30);
        var socket = store.NewCall(tenant, Surface.Omnia, CallTransport.MediaStream, "call_c");
        store.IssueToken(TokenKind.OmniaSocket, socket, s_start.AddMinutes(10));

        Assert.True(store.CollectDue().IsEmpty);
        time.Advance(TimeSpan.FromSeconds(31));
        var due = store.CollectDue();
        Assert.Equal(ringing, Assert.Single(due.RingTimeouts));
        Assert.Empty(due.LeasesExpired);

        clock.Advance(TimeSpan.FromHours(1));
        due = store.CollectDue();
        Assert.Contains(leased, due.LeasesExpired);
        Assert.Equal(socket, Assert.Single(due.SocketsExpired));
        Assert.Equal(0, store.Diagnostics().LiveTokens);
    }

    [Fact]
    public void Transition_ToTerminal_StampsEndAndDropsTokens()
    {
        var (store, _, _) = NewStore();
        var tenant = store.FindTenant(DefaultSeed.TenantId)!;
        var call = store.NewCall(tenant, Surface.VoiceAi, CallTransport.LiveKit, "v1");
        store.IssueToken(TokenKind.VoiceAiEnd, call, null);
        Assert.True(store.TryTransition(call, CallState.Active));
        Assert.Equal(s_start, call.AnsweredAt);
        Assert.True(store.TryTransition(call, CallState.Ended, "bye"));
        Assert.Equal("bye", call.EndReason);
        Assert.Equal(0, store.Diagnostics().LiveTokens);
        Assert.False(store.TryTransition(call, CallState.Active));
    }

    [Fact]
    public void Merge_OneCallTwoNamesOneJournal()
    {
        var (store, time, _) = NewStore();
        var tenant = store.FindTenant(DefaultSeed.TenantId)!;
        var voice = store.NewCall(tenant, Surface.Everruns, CallTransport.WebRtc, "voice_x");
        voice.Journal.Append("http.exchange", "rest", new System.Text.Json.Nodes.JsonObject { ["n"] = 1 });
        time.Advance(TimeSpan.FromSeconds(1));
        var rtc = store.NewCall(tenant, Surface.OpenAI, CallTransport.WebRtc, "rtc_x");
        rtc.Journal.Append("http.exchange", "rest", new System.Text.Json.Nodes.JsonObject { ["n"] = 2 });
        store.Merge(rtc, voice);
        Assert.Same(rtc, store.FindCall("voice_x"));
        Assert.Contains("voice_x", rtc.Aliases);
        var entries = rtc.Journal.Read(new Journal.JournalQuery());
        Assert.Equal([1, 2], entries.Select(e => e.Data["n"]!.GetValue<int>()));
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.DoesNotContain(voice, tenant.Calls);
    }

    [Fact]
    public void RateLimit_FixedWindowAlignedToEpoch_ResetsNextWindow()
    {
        var (store, time, _) = NewStore();
        var key = store.FindKey(DefaultSeed.OmniaKey)!;
        key.RateLimit = new RateLimit(2, 60);
        var first = store.CountRequest(key);
        Assert.Equal((true, 1), (first.Allowed, first.Remaining));
        Assert.True(store.CountRequest(key).Allowed);
        Assert.False(store.CountRequest(key).Allowed);
        Assert.Equal(0, first.ResetAt.ToUnixTimeSeconds() % 60);
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.True(store.CountRequest(key).Allowed);
    }

    [Fact]
    public void LeaseClock_MovesWallTimeOnly_NeverBackwards()
    {
        var time = new ManualTimeProvider(s_start);
        var clock = new LeaseClock(time);
        var stamp = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(s_start.AddHours(2), clock.GetUtcNow());
        Assert.Equal(stamp, clock.GetTimestamp());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void AddTenant_DuplicateIdOrKey_Conflict_UnknownPersonaRefusedByAuthoritativeCatalog()
    {
        var (store, _, _) = NewStore();
        Assert.Equal(StoreError.Conflict, Assert.Throws<StoreException>(() => store.AddTenant(DefaultSeed.Tenant(DefaultSeed.TenantId))).Reason);
        Assert.Equal(StoreError.Conflict, Assert.Throws<StoreException>(() => store.AddTenant(new TenantConfig { Id = "other", Keys = [new KeyConfig(Surface.Omnia, DefaultSeed.OmniaKey, null, null)] })).Reason);
        var personas = Path.Combine(Path.GetTempPath(), $"personas-{Guid.NewGuid():N}");
        Directory.CreateDirectory(personas);
        try
        {
            File.WriteAllText(Path.Combine(personas, "calm.yaml"), "id: calm\n");
            var strict = new EmulatorStore(new LeaseClock(new ManualTimeProvider(s_start)), new FilePersonaCatalog(personas));
            strict.AddTenant(new TenantConfig { Id = "t" });
            Assert.Equal(StoreError.Invalid, Assert.Throws<StoreException>(() => strict.AddAgent("t", new AgentSeed(Surface.VoiceAi, "a", "a", null, null, "loud", new TurnKnobs(), null))).Reason);
            Assert.Equal("calm", strict.AddAgent("t", new AgentSeed(Surface.VoiceAi, "b", "b", null, null, "calm", new TurnKnobs(), null)).Persona);
        }
        finally
        {
            Directory.Delete(personas, recursive: true);
        }
    }
}
