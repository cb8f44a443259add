using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Events;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;
using Microsoft.AspNetCore.Http.Features;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// GET /v1/sessions/{sessionId}/sse (stream_sse): the session's events as Server-Sent Events
/// (WHATWG HTML §9.2). Wire shape per message, as Everruns documents it:
/// <code>
///   event: voice.session.started
///   id: event_0193…
///   retry: 100
///   data: {"id":"event_0193…","type":"voice.session.started",…}
///   (blank line)
/// </code>
/// A <c>connected</c> event opens the stream; <c>since_id</c> resumes after an event;
/// <c>types</c>/<c>exclude</c> filter by known types (unknown → 400). Idle streams get an SSE
/// comment every 15 s so proxies keep them open (EVR-SSE-001…005).
/// </summary>
public static class EverrunsSseHandler
{
    public const int RetryMs = 100;
    public const int MaxTypesPerParameter = 25;
    private static readonly TimeSpan s_keepAlive = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(HttpContext http, string sessionId, EverrunsVoice voice, LeaseClock clock, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(lifetime);
        var session = voice.RequireSession(http, sessionId);
        var (after, types, exclude) = ReadQuery(http, session);

        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        Exchange.Of(http).ResponseContentType = "text/event-stream";

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var token = stopping.Token;
        using var subscription = session.Events.Subscribe(after);
        try
        {
            await WriteAsync(http, Frame("connected", null, new JsonObject { ["status"] = "connected" }), token);
            foreach (var backlog in subscription.Backlog.Where(e => Wanted(e, types, exclude)))
            {
                await WriteAsync(http, Frame(backlog.Type, backlog.Id, backlog.ToJson()), token);
            }

            // One outstanding read at a time (the subscription's channel has a single reader).
            Task<bool>? ready = null;
            while (!token.IsCancellationRequested)
            {
                ready ??= subscription.Live.WaitToReadAsync(token).AsTask();
                using var idleCts = CancellationTokenSource.CreateLinkedTokenSource(token);
                var idle = Task.Delay(s_keepAlive, clock.Inner, idleCts.Token);
                if (await Task.WhenAny(ready, idle) == idle)
                {
                    await WriteAsync(http, ": keep-alive\n\n", token);
                    continue;
                }

                await idleCts.CancelAsync();
                bool more;
                try
                {
                    more = await ready;
                }
                catch (InvalidOperationException)
                {
                    more = false;
                }

                ready = null;
                if (!more)
                {
                    // The session was deleted or this subscriber fell behind: tell the client to resume.
                    await WriteAsync(http, Frame("disconnecting", null, new JsonObject { ["reason"] = "connection_cycle", ["retry_ms"] = RetryMs }), token);
                    return;
                }

                while (subscription.Live.TryRead(out var next))
                {
                    if (Wanted(next, types, exclude))
                    {
                        await WriteAsync(http, Frame(next.Type, next.Id, next.ToJson()), token);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Client disconnected or the emulator is stopping.
        }
        catch (IOException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The connection dropped mid-write.
        }
    }

    /// <summary>One SSE message: event, id, retry and a single-line data field (JSON has no raw newlines).</summary>
    public static string Frame(string type, string? id, JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        text.Append("event: ").Append(type).Append('\n');
        if (id is not null)
        {
            text.Append("id: ").Append(id).Append('\n');
        }

        text.Append("retry: ").Append(RetryMs).Append('\n');
        text.Append("data: ").Append(data.ToJsonString(WireJson.Options)).Append("\n\n");
        return text.ToString();
    }

    private static (long After, HashSet<string>? Types, HashSet<string> Exclude) ReadQuery(HttpContext http, EverrunsSession session)
    {
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        long after = 0;
        if (query["since_id"].ToString() is { Length: > 0 } since)
        {
            if (!PublicIds.IsPrefixedHex(since, "event"))
            {
                EverrunsProblems.Throw(EverrunsError.InvalidId, $"since_id '{since}' is not an event id (event_<32 hex>)", "invalid_event_id");
            }

            if (!session.Events.TryFindSequence(since, out after))
            {
                EverrunsProblems.Throw(EverrunsError.NotFound, $"Event {since} not found in session {session.Id}.", "event_not_found");
            }
        }

        var types = TypeFilter(query["types"], "types", errors);
        var exclude = TypeFilter(query["exclude"], "exclude", errors) ?? [];
        if (errors.Count > 0)
        {
            throw new ApiErrorException(new EverrunsErrorShape().FromFields(errors));
        }

        return (after, types, exclude);
    }

    private static HashSet<string>? TypeFilter(Microsoft.Extensions.Primitives.StringValues values, string name, List<FieldError> errors)
    {
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > MaxTypesPerParameter)
        {
            errors.Add(new FieldError(["query", name], FieldErrorKind.TooLong, $"at most {MaxTypesPerParameter} {name} values are accepted"));
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value is null || !SessionEventTypes.Known.Contains(value))
            {
                errors.Add(new FieldError(["query", name], FieldErrorKind.NotInEnum, $"unknown event type '{value}' in {name}") { Allowed = [.. SessionEventTypes.Known] });
            }
            else
            {
                set.Add(value);
            }
        }

        return set;
    }

    private static bool Wanted(SessionEvent e, HashSet<string>? types, HashSet<string> exclude) =>
        (types is null || types.Contains(e.Type)) && !exclude.Contains(e.Type);

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken token)
    {
        await http.Response.WriteAsync(text, token);
        await http.Response.Body.FlushAsync(token);
    }
}
