using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Events;
using Conformance.Emulator.State;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Units;

public sealed class EventsAndDeviationsTests
{
    private static readonly ManualTimeProvider s_time = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SessionEventLog_SubscribeMidStream_NoGapNoDuplicate()
    {
        var log = new SessionEventLog("session_x", s_time);
        var first = log.Publish("voice.session.started", []);
        log.Publish("voice.session.ended", []);
        using var subscription = log.Subscribe(first.Sequence);
        log.Publish("voice.session.started", []);
        Assert.Equal([2L], subscription.Backlog.Select(e => e.Sequence));
        Assert.True(subscription.Live.TryRead(out var live));
        Assert.Equal(3, live.Sequence);
        Assert.False(subscription.Live.TryRead(out _));
        Assert.True(log.TryFindSequence(first.Id, out var seq));
        Assert.Equal(1, seq);
        Assert.Matches("^event_[0-9a-f]{32}$", first.Id);
    }

    [Fact]
    public void SessionEventLog_SlowSubscriberDisconnected_CloseEndsEveryone()
    {
        var log = new SessionEventLog("session_y", s_time);
        using var slow = log.Subscribe(0);
        for (var i = 0; i <= SessionEventLog.SubscriberCapacity; i++)
        {
            log.Publish("input.message", new JsonObject { ["i"] = i });
        }

        Assert.Equal(0, log.SubscriberCount);
        var delivered = 0;
        while (slow.Live.TryRead(out _))
        {
            delivered++;
        }

        Assert.Equal(SessionEventLog.SubscriberCapacity, delivered);
        Assert.True(slow.Live.Completion.IsFaulted);
        using var other = log.Subscribe(0);
        log.Close();
        Assert.True(other.Live.Completion.IsCompleted);
        using var late = log.Subscribe(0);
        Assert.True(late.Live.Completion.IsCompleted);
    }

    [Fact]
    public void DeviationRegistry_ValidatesAndScopes_RuntimeCanRegisterMore()
    {
        var registry = new DeviationRegistry(s_time);
        Assert.Equal(DeviationError.UnknownDeviation, Assert.Throws<DeviationException>(() => registry.Activate("media.late_reply", null, DeviationScope.Everywhere)).Reason);
        registry.Register(new DeviationDescriptor("media.late_reply", DeviationLayer.Media, "reply late", [new("ms", "integer", true, "delay")], []));
        Assert.Equal(DeviationError.MissingParameter, Assert.Throws<DeviationException>(() => registry.Activate("media.late_reply", [], DeviationScope.Everywhere)).Reason);
        Assert.Equal(DeviationError.WrongParameterType, Assert.Throws<DeviationException>(() => registry.Activate("media.late_reply", new JsonObject { ["ms"] = 1.5 }, DeviationScope.Everywhere)).Reason);
        var active = registry.Activate("media.late_reply", new JsonObject { ["ms"] = 250 }, new DeviationScope(Surface.Omnia, "t1"));
        Assert.Equal(250, registry.Find("media.late_reply", Surface.Omnia, "t1")!.GetInteger("ms"));
        Assert.Null(registry.Find("media.late_reply", Surface.Omnia, "t2"));
        Assert.Null(registry.Find("media.late_reply", Surface.Everruns, "t1"));
        Assert.True(registry.Deactivate(active.Id));
        Assert.False(registry.Deactivate(active.Id));
        Assert.Equal(DeviationError.DuplicateDescriptor, Assert.Throws<DeviationException>(() => registry.Register(new DeviationDescriptor("media.late_reply", DeviationLayer.Media, "other", [], []))).Reason);
        Assert.All(RestDeviations.All, d => Assert.NotEmpty(d.Breaks));
    }
}
