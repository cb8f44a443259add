using Conformance.Gherkin.Running;
using Conformance.Harness.Audio;
using Conformance.Harness.Drivers;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>
/// The typed state of one voice scenario, injected into every step class by constructor: the
/// agent it asked for, the call it placed and the caller's leg, and the figures it measured. The
/// steps are one-liners into this and the drivers; nothing here is static, so scenarios run in
/// parallel.
/// </summary>
public sealed class VoiceScenario : IAsyncDisposable
{
    private readonly List<Measurement> _figures = [];
    private readonly List<PlacedCall> _calls = [];
    private readonly List<string> _notes = [];
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly Dictionary<string, Emulator.JournalFacts> _journals = new(StringComparer.Ordinal);
    private readonly ScenarioOutput _output;

    public VoiceScenario(TargetSession session, CallerAudioLibrary callerAudio, ModelClips modelClips, ScenarioOutput output)
    {
        Session = session ?? throw new ArgumentNullException(nameof(session));
        CallerAudio = callerAudio ?? throw new ArgumentNullException(nameof(callerAudio));
        ModelClips = modelClips ?? throw new ArgumentNullException(nameof(modelClips));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        Agents = new AgentDirectory(session);
    }

    public TargetSession Session { get; }

    public CallerAudioLibrary CallerAudio { get; }

    public ModelClips ModelClips { get; }

    public AgentDirectory Agents { get; }

    public TimingBudgets Budgets => Session.Target.Profile.Budgets;

    /// <summary>The agent the scenario asked for (a greeter unless a step says otherwise).</summary>
    public AgentPlan Agent { get; set; } = AgentPlan.Greeter();

    public IReadOnlyList<Measurement> Figures => _figures;

    public IReadOnlyList<PlacedCall> Calls => _calls;

    /// <summary>The call under test (the first one placed).</summary>
    public PlacedCall Call => _calls.Count > 0 ? _calls[0] : throw new InvalidOperationException("The scenario has not placed a call yet (a 'Given a caller on …' step is missing).");

    public ICallerLeg Leg => Call.Leg;

    /// <summary>The scenario's last REST exchange (what "the response" refers to).</summary>
    public Drivers.Rest.RestExchange? LastExchange => Session.Rest.Last;

    /// <summary>Stream time on the caller's leg when the call was ended through an API.</summary>
    public double? EndedByApiAtMs { get; set; }

    /// <summary>The HTTP status a refused WebSocket upgrade got.</summary>
    public int? RefusedUpgradeStatus { get; set; }

    /// <summary>An Everruns voice connection made without media (client secret), with its session id.</summary>
    public System.Text.Json.Nodes.JsonObject? VoiceConnection { get; set; }

    /// <summary>Voice.ai calls the scenario created: call id and end token, in order.</summary>
    public List<(string CallId, string EndToken)> VoiceAiCalls { get; } = [];

    /// <summary>The server-side controller on an OpenAI call's realtime sideband, once opened.</summary>
    public Drivers.Realtime.RealtimeSidebandClient? Sideband { get; private set; }

    /// <summary>Opens the sideband of the call under test (disposed with the scenario).</summary>
    public async Task<Drivers.Realtime.RealtimeSidebandClient> OpenSidebandAsync(CancellationToken cancellationToken)
    {
        if (Call.Surface != SurfaceName.OpenAI)
        {
            throw new InvalidOperationException($"A realtime sideband belongs to an OpenAI call, not a {SurfaceNames.Wire(Call.Surface)} one.");
        }

        var openai = await Session.ClientAsync(SurfaceName.OpenAI, cancellationToken);
        Sideband = await Drivers.Realtime.RealtimeSidebandClient.ConnectAsync(openai.Target.BaseUrl, Call.SurfaceCallId, openai.ApiKey, Session.Target.Time, cancellationToken);
        _owned.Insert(0, Sideband);
        _output.Log($"opened the realtime sideband of {Call.SurfaceCallId}");
        return Sideband;
    }

    /// <summary>The last truncate the sideband controller sent.</summary>
    public Truncation.SentTruncate? LastTruncate { get; set; }

    /// <summary>The last thing the caller said.</summary>
    public CallerUtterance? LastSaid { get; private set; }

    public CallerLegOptions LegOptions { get; } = new();

    /// <summary>Places the call on the surface the transport implies and connects the caller.</summary>
    public async Task<PlacedCall> PlaceCallAsync(CallTransport transport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var call = transport.Kind switch
        {
            CallTransportKind.Twilio or CallTransportKind.Telnyx or CallTransportKind.Plivo or CallTransportKind.Generic =>
                await OmniaCalls.PlaceAsync(Session, Agents, Agent, transport, LegOptions, cancellationToken),
            CallTransportKind.WebRtc or CallTransportKind.Browser => await WebRtcCalls.PlaceEverrunsAsync(Session, Agents, Agent, transport, LegOptions, cancellationToken),
            CallTransportKind.OpenAIWebRtc => await WebRtcCalls.PlaceOpenAIAsync(Session, Agent, transport, LegOptions, cancellationToken),
            CallTransportKind.ClutchCall => await ClutchCallCalls.PlaceAsync(Session, Agents, Agent, transport, LegOptions, _owned, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(transport), transport, "no driver places calls over this transport"),
        };
        _calls.Add(call);
        _output.Log($"placed a {SurfaceNames.Wire(call.Surface)} call {call.SurfaceCallId} over {transport}");
        return call;
    }

    /// <summary>The caller says a fixture clip (prepared for the leg's rate and codec); returns where it lies on the stream.</summary>
    public async Task<CallerUtterance> SayAsync(string clipId, CancellationToken cancellationToken)
    {
        var leg = Leg;
        var clip = leg is Drivers.Streams.MediaStreamCall stream
            ? CallerAudio.Get(clipId, stream.Protocol.Uplink)
            : CallerAudio.Get(clipId, leg.UplinkSampleRate);
        LastSaid = await leg.SayAsync(clip, cancellationToken);
        return LastSaid;
    }

    /// <summary>Records a figure; a failed one fails the step with the figure's note.</summary>
    public Measurement Record(Measurement figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _figures.Add(figure);
        _output.Log(figure.Describe() + (figure.Note is null ? "" : $" ({figure.Note})") + $": {figure.Verdict.ToString().ToLowerInvariant()}");
        return figure.Verdict == MeasurementVerdict.Fail
            ? throw new HarnessAssertionException($"{figure.Describe()}: {figure.Note}")
            : figure;
    }

    /// <summary>
    /// The emulator's journal of the call under test (its media facts), or null on a real
    /// deployment. Read fresh each time: the call goes on.
    /// </summary>
    public async Task<Emulator.JournalFacts?> JournalAsync(CancellationToken cancellationToken)
    {
        if (Session.Target.Control is not { } control)
        {
            return null;
        }

        var call = await control.CallAsync(Call.SurfaceCallId, cancellationToken);
        var id = call["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"The emulator knows no call {Call.SurfaceCallId}.");
        var journal = new Emulator.JournalFacts(await control.JournalAsync(id, ["media."], cancellationToken));
        _journals[id] = journal;
        return journal;
    }

    /// <summary>The journals read so far, by emulator call id (for the timeline).</summary>
    public IReadOnlyDictionary<string, Emulator.JournalFacts> Journals => _journals;

    /// <summary>Something measured that is not a time (an SNR), for the log and the timeline.</summary>
    public void Note(string text)
    {
        _notes.Add(text);
        _output.Log(text);
    }

    public IReadOnlyList<string> Notes => _notes;

    public async ValueTask DisposeAsync()
    {
        foreach (var call in _calls)
        {
            await call.Leg.DisposeAsync();
        }

        // The callee's server and number route outlive the leg they carried, never the scenario.
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        Agents.Dispose();
    }
}
