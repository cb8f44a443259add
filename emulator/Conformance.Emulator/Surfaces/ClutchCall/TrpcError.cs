namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>
/// tRPC error codes (specs/clutchcall.md CLU-ERR-002): the key, its JSON-RPC number (tRPC
/// copies the HTTP digits into -32xxx) and the HTTP status tRPC's fetch adapter sends.
/// </summary>
public enum TrpcError
{
    ParseError,
    BadRequest,
    Unauthorized,
    PaymentRequired,
    Forbidden,
    NotFound,
    MethodNotSupported,
    Conflict,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    InternalServerError,
}
