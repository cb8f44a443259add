using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// Call logs: GET /calls with cursor pagination and filters, GET /calls/{id}, DELETE
/// /calls/{id} (vendors.md §2.2, §2.6). Cursors are opaque: base64url of a direction and the
/// id of the page's edge item, so pages stay stable while new calls arrive (OMN-LOG-002).
/// </summary>
public static class OmniaLogHandlers
{
    public static IResult List(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        var pageSize = 50;
        if (query["pageSize"].ToString() is { Length: > 0 } sizeText
            && (!int.TryParse(sizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > 100))
        {
            errors.Add(new FieldError(["query", "pageSize"], FieldErrorKind.Invalid, "pageSize must be an integer from 1 to 100"));
        }

        var start = Date(query["startDate"], "startDate", errors);
        var end = Date(query["endDate"], "endDate", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(new FieldError(["query", "endDate"], FieldErrorKind.Conflict, "endDate must not be before startDate"));
        }

        var cursor = query["cursor"].ToString();
        (bool Forward, string Id)? position = null;
        if (cursor.Length > 0)
        {
            position = DecodeCursor(cursor);
            if (position is null)
            {
                errors.Add(new FieldError(["query", "cursor"], FieldErrorKind.Invalid, "cursor is not a cursor this API issued"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ApiErrorException(OmniaErrors.Fields(errors));
        }

        var status = query["status"].ToString();
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            var calls = tenant.Calls
                .Where(c => c.Omnia is not null)
                .Where(c => start is null || c.CreatedAt >= start)
                .Where(c => end is null || c.CreatedAt <= end)
                .Where(c => status.Length == 0 || string.Equals(StatusOf(c), status, StringComparison.Ordinal))
                .OrderByDescending(c => c.CreatedAt)
                .ThenByDescending(c => c.Id, StringComparer.Ordinal)
                .ToList();
            var from = 0;
            if (position is { } p)
            {
                var index = calls.FindIndex(c => c.Id == p.Id);
                if (index < 0)
                {
                    OmniaErrors.Throw(OmniaError.BadRequest, "cursor refers to a call that is no longer listed");
                }

                from = p.Forward ? index + 1 : Math.Max(0, index - pageSize);
            }

            var page = calls.Skip(from).Take(pageSize).ToList();
            var hasNext = from + page.Count < calls.Count;
            return SurfaceResult.Ok(new JsonObject
            {
                ["data"] = new JsonArray([.. page.Select(c => (JsonNode)OmniaJson.CallLog(c))]),
                ["pagination"] = new JsonObject
                {
                    ["pageSize"] = pageSize,
                    ["total"] = calls.Count,
                    ["next"] = hasNext && page.Count > 0 ? EncodeCursor(true, page[^1].Id) : null,
                    ["previous"] = from > 0 && page.Count > 0 ? EncodeCursor(false, page[0].Id) : null,
                },
            });
        }
    }

    public static IResult Get(HttpContext http, string id, EmulatorStore store)
    {
        var call = RequireCall(http, store, id);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(OmniaJson.CallLog(call));
        }
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, string id, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = RequireCall(http, store, id);
        await lifecycle.EndAsync(call, CallState.Ended, "deleted", http.RequestAborted);
        lock (store.Sync)
        {
            http.Caller().Tenant.Calls.Remove(call);
        }

        return SurfaceResult.Ok(new JsonObject { ["success"] = true, ["message"] = "Call deleted successfully", ["id"] = call.Id });
    }

    private static CallRecord RequireCall(HttpContext http, EmulatorStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var call = store.FindCall(id);
        bool listed;
        lock (store.Sync)
        {
            listed = call?.Omnia is not null && call.TenantId == http.Caller().TenantId && http.Caller().Tenant.Calls.Contains(call);
        }

        if (!listed)
        {
            OmniaErrors.Throw(OmniaError.NotFound, $"Call {id} not found");
        }

        http.Bind(call!);
        return call!;
    }

    private static string StatusOf(CallRecord call) => call.IsTerminal ? call.EndReason ?? "ended" : OmniaJson.Status(call);

    private static DateTimeOffset? Date(string? text, string name, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Rfc3339.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, $"{name} must be an ISO 8601 date-time"));
        return null;
    }

    private static string EncodeCursor(bool forward, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(forward ? 'n' : 'p')}:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (bool Forward, string Id)? DecodeCursor(string cursor)
    {
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var length))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length);
        return text.Length > 2 && text[1] == ':' && text[0] is 'n' or 'p' ? (text[0] == 'n', text[2..]) : null;
    }
}
