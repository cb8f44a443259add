using System.Diagnostics;

namespace Conformance.Emulator.Http;

/// <summary>
/// Turns every way a request can fail into the surface's error shape: typed API errors and
/// bad bodies into their documented 4xx, framework bad-request exceptions into 400/413, and
/// anything else — a true bug — into a surface-shaped 500 (logged), never a bare stack trace.
/// </summary>
public sealed class ErrorHandlingMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ErrorResponder _responder;
    private readonly ILogger<ErrorHandlingMiddleware> _log;

    public ErrorHandlingMiddleware(RequestDelegate next, ErrorResponder responder, ILogger<ErrorHandlingMiddleware> log)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _responder = responder ?? throw new ArgumentNullException(nameof(responder));
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await _next(context);
        }
        catch (ApiErrorException e)
        {
            await _responder.WriteAsync(context, e.Error);
        }
        catch (RequestBodyException e)
        {
            await _responder.WriteAsync(context, _responder.Catalog.For(context).FromRequestProblem(e.Problem, e.Message));
        }
        catch (BadHttpRequestException e)
        {
            var problem = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? RequestProblem.TooLarge : RequestProblem.MalformedJson;
            await _responder.WriteAsync(context, _responder.Catalog.For(context).FromRequestProblem(problem, e.Message));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
            _log.LogError(e, "unhandled error serving {Method} {Path} ({TraceId})", context.Request.Method, context.Request.Path, traceId);
            await _responder.WriteAsync(context, _responder.Catalog.For(context).Internal(traceId));
        }
    }
}
