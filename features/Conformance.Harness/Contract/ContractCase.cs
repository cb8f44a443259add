namespace Conformance.Harness.Contract;

/// <summary>A way of calling an operation, each provoking one documented response.</summary>
public enum ContractCase
{
    /// <summary>The documented success.</summary>
    Valid,

    /// <summary>401: no credential at all.</summary>
    NoCredentials,

    /// <summary>401: a credential the target never issued.</summary>
    WrongKey,

    /// <summary>404: a well-formed id of nothing.</summary>
    UnknownId,

    /// <summary>400: an id that is not in the surface's id format.</summary>
    MalformedId,

    /// <summary>400/422: a body or query the operation's rules reject.</summary>
    InvalidRequest,

    /// <summary>400: a body that does not parse as JSON.</summary>
    MalformedJson,

    /// <summary>415: a body that is not JSON at all.</summary>
    NotJson,

    /// <summary>402: the key's credits are exhausted (emulator: set through the control plane).</summary>
    NoCredits,

    /// <summary>429: over the key's rate limit (emulator: a limit of zero through the control plane).</summary>
    RateLimited,

    /// <summary>403: the caller may not do this to this resource.</summary>
    Forbidden,

    /// <summary>409: the resource's state does not allow it.</summary>
    Conflict,
}
