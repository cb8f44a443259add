using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

public static class HttpContextExtensions
{
    /// <summary>The authenticated caller (set by the surface's auth filter).</summary>
    public static Caller Caller(this HttpContext context) =>
        Exchange.Of(context).Caller ?? throw new InvalidOperationException("no authenticated caller on this request");

    /// <summary>Journals this exchange against <paramref name="call"/>.</summary>
    public static void Bind(this HttpContext context, CallRecord call) => Exchange.Of(context).Bind(call);

    /// <summary>The emulator's own base URL as this client reached it (scheme://host:port).</summary>
    public static string BaseUrl(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{context.Request.Scheme}://{context.Request.Host.Value}";
    }

    /// <summary>The WebSocket base URL matching <see cref="BaseUrl"/> (ws:// for http, wss:// for https).</summary>
    public static string SocketBaseUrl(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{(context.Request.IsHttps ? "wss" : "ws")}://{context.Request.Host.Value}";
    }
}
