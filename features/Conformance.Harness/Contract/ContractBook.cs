using Conformance.Contracts;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>
/// The repository's openapi.json as the contract every target is held to (Conformance.Contracts):
/// an exchange is matched to its documented operation by the path relative to the surface's base
/// URL (the vendor's own paths), so the same check holds for the emulator and a real deployment.
/// A run service: loaded once.
/// </summary>
public sealed class ContractBook(ContractDocument document)
{
    public ContractDocument Document { get; } = document ?? throw new ArgumentNullException(nameof(document));

    // One per process: every run of a test process (the hosted suite runs eight side by side)
    // shares the loaded files and the thread-safe caches built from them.
    private static readonly Lazy<ContractBook> s_default = new(() => new ContractBook(ContractDocument.Load(HarnessPaths.OpenApi)));

    public static ContractBook LoadDefault() => s_default.Value;

    /// <summary>The operation an exchange was (null when the contract documents none).</summary>
    public OperationMatch? Operation(RestExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return Document.MatchOnSurface(SurfaceNames.Wire(exchange.Surface), exchange.Method, PathOnly(exchange.RelativePath));
    }

    /// <summary>Every way the response breaks the documented operation (errors and warnings).</summary>
    public IReadOnlyList<Violation> Check(RestExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var match = Operation(exchange);
        if (match is null)
        {
            return [new Violation($"{exchange.Method} {exchange.RelativePath}", ViolationCode.UnknownOperation, ViolationSeverity.Error,
                $"openapi.json documents no {exchange.Method} {PathOnly(exchange.RelativePath)} on {SurfaceNames.Wire(exchange.Surface)}")];
        }

        var response = new ContractResponse(exchange.Status, exchange.ResponseContentType, exchange.ResponseBody, exchange.ResponseHeaders);
        return ContractValidator.Shared.ValidateResponse(match.Operation, response);
    }

    public IReadOnlyList<Violation> Errors(RestExchange exchange) => [.. Check(exchange).Where(v => v.Severity == ViolationSeverity.Error)];

    private static string PathOnly(string relativePath)
    {
        var query = relativePath.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? relativePath : relativePath[..query];
    }
}
