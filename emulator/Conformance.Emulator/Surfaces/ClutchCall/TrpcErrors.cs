using System.Diagnostics.CodeAnalysis;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>The ClutchCall throw helper: tRPC error key → (HTTP status, JSON-RPC code).</summary>
public static class TrpcErrors
{
    public static (int Status, int JsonRpcCode, string Key) Describe(TrpcError error) => error switch
    {
        TrpcError.ParseError => (400, -32700, "PARSE_ERROR"),
        TrpcError.BadRequest => (400, -32600, "BAD_REQUEST"),
        TrpcError.Unauthorized => (401, -32001, "UNAUTHORIZED"),
        TrpcError.PaymentRequired => (402, -32002, "PAYMENT_REQUIRED"),
        TrpcError.Forbidden => (403, -32003, "FORBIDDEN"),
        TrpcError.NotFound => (404, -32004, "NOT_FOUND"),
        TrpcError.MethodNotSupported => (405, -32005, "METHOD_NOT_SUPPORTED"),
        TrpcError.Conflict => (409, -32009, "CONFLICT"),
        TrpcError.PayloadTooLarge => (413, -32013, "PAYLOAD_TOO_LARGE"),
        TrpcError.UnsupportedMediaType => (415, -32015, "UNSUPPORTED_MEDIA_TYPE"),
        TrpcError.TooManyRequests => (429, -32029, "TOO_MANY_REQUESTS"),
        _ => (500, -32603, "INTERNAL_SERVER_ERROR"),
    };

    public static ApiError Create(TrpcError error, string message)
    {
        var (status, _, key) = Describe(error);
        return new ApiError(status, key, message) { Type = key };
    }

    [DoesNotReturn]
    public static void Throw(TrpcError error, string message) => throw new ApiErrorException(Create(error, message));

    public static TrpcError FromKey(string key) =>
        Enum.GetValues<TrpcError>().FirstOrDefault(e => Describe(e).Key == key, TrpcError.InternalServerError);
}
