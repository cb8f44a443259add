using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>
/// How to call one documented operation: a valid request (made from fresh resources), and the
/// requests that provoke its documented errors where those depend on the operation (an unknown
/// id in its path, a body its rules reject, a conflicting state). Errors that depend only on the
/// request (no credential, malformed JSON, no credits, rate limit) are derived from the valid one.
/// </summary>
public sealed record OperationRecipe(string OperationId, SurfaceName Surface, Func<ContractContext, CancellationToken, Task<RestRequest>> Valid)
{
    /// <summary>
    /// A valid request authenticated with the surface's API key, when <see cref="Valid"/> uses
    /// another credential (a Voice.ai end token): the key's credits and rate limit apply to it.
    /// </summary>
    public Func<ContractContext, CancellationToken, Task<RestRequest>>? ValidWithKey { get; init; }

    public Func<ContractContext, CancellationToken, Task<RestRequest>>? UnknownId { get; init; }

    public Func<ContractContext, CancellationToken, Task<RestRequest>>? MalformedId { get; init; }

    public Func<ContractContext, CancellationToken, Task<RestRequest>>? Invalid { get; init; }

    public Func<ContractContext, CancellationToken, Task<RestRequest>>? Forbidden { get; init; }

    public Func<ContractContext, CancellationToken, Task<RestRequest>>? Conflict { get; init; }

    /// <summary>The operation is a WebSocket upgrade: its success is a 101 on a real upgrade; its errors come before any upgrade.</summary>
    public bool IsWebSocket { get; init; }

    /// <summary>The URL is the credential (Omnia's websocketUrl): requests carry no key.</summary>
    public bool UrlIsTheCredential { get; init; }

    /// <summary>The response streams (SSE): keep what the first moment brings.</summary>
    public bool Streams { get; init; }
}
