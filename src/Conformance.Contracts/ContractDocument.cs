using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Conformance.Contracts;

/// <summary>
/// An OpenAPI 3.1 contract loaded through Microsoft.OpenApi: its load and rule diagnostics as
/// violations, its operations flattened for lookup by concrete method + path, and the surfaces
/// it declares. Everything here works from the document alone, so the harness can hold any
/// deployment to it without referencing the emulator.
/// </summary>
public sealed class ContractDocument
{
    /// <summary>Top-level extension naming each vendor surface's mount prefix on the emulator.</summary>
    public const string SurfacesExtension = "x-conformance-surfaces";

    private readonly ContractOperation[] _operations;

    private ContractDocument(OpenApiDocument model, IReadOnlyList<Violation> diagnostics)
    {
        Model = model;
        Diagnostics = diagnostics;
        _operations = model.Paths?
            .SelectMany(path => (path.Value.Operations ?? []).Select(op =>
                new ContractOperation(op.Key.Method.ToUpperInvariant(), new PathTemplate(path.Key), op.Value, path.Value.Parameters)))
            .ToArray() ?? [];
        Surfaces = ReadSurfaces(model);
    }

    public OpenApiDocument Model { get; }

    /// <summary>Reader errors and warnings plus Microsoft.OpenApi's default rule set, as violations.</summary>
    public IReadOnlyList<Violation> Diagnostics { get; }

    public IReadOnlyList<ContractOperation> Operations => _operations;

    public IReadOnlyList<ContractSurface> Surfaces { get; }

    public static ContractDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContractLoadException($"cannot read contract '{path}': {e.Message}", e);
        }

        return Parse(text);
    }

    /// <summary>Parses an OpenAPI JSON document. Throws <see cref="ContractLoadException"/> only when no document can be built.</summary>
    public static ContractDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ContractLoadException($"contract is not valid JSON: {e.Message}", e);
        }

        var settings = new OpenApiReaderSettings();
        var result = OpenApiDocument.Parse(json, OpenApiConstants.Json, settings);
        if (result.Document is null)
        {
            var reason = result.Diagnostic?.Errors.FirstOrDefault()?.Message ?? "no document produced";
            throw new ContractLoadException($"contract could not be read: {reason}");
        }

        var diagnostics = new List<Violation>();
        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            diagnostics.Add(new Violation(error.Pointer ?? "#", ViolationCode.DocumentError, ViolationSeverity.Error, error.Message));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? [])
        {
            diagnostics.Add(new Violation(warning.Pointer ?? "#", ViolationCode.DocumentWarning, ViolationSeverity.Warning, warning.Message));
        }

        foreach (var error in result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? [])
        {
            var severity = error is OpenApiValidatorWarning ? ViolationSeverity.Warning : ViolationSeverity.Error;
            var code = severity == ViolationSeverity.Warning ? ViolationCode.DocumentWarning : ViolationCode.DocumentError;
            if (!diagnostics.Any(d => d.Location == (error.Pointer ?? "#") && d.Message == error.Message))
            {
                diagnostics.Add(new Violation(error.Pointer ?? "#", code, severity, error.Message));
            }
        }

        return new ContractDocument(result.Document, diagnostics);
    }

    /// <summary>
    /// The operation documented for a concrete method and path (query ignored). When several
    /// templates match, the one with the most literal segments wins.
    /// </summary>
    public ContractOperation? FindOperation(string method, string path) =>
        Match(method, path)?.Operation;

    public OperationMatch? Match(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        OperationMatch? best = null;
        var segments = PathTemplate.SplitPath(path);
        foreach (var operation in _operations)
        {
            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase)
                || !operation.Path.TryMatch(segments, out var parameters))
            {
                continue;
            }

            if (best is null || operation.Path.LiteralCount > best.Operation.Path.LiteralCount)
            {
                best = new OperationMatch(operation, parameters);
            }
        }

        return best;
    }

    /// <summary>Whether any operation's path template matches <paramref name="path"/> (under any method).</summary>
    public bool HasPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = PathTemplate.SplitPath(path);
        return _operations.Any(o => o.Path.TryMatch(segments, out _));
    }

    public ContractOperation? FindOperationById(string operationId) =>
        _operations.FirstOrDefault(o => string.Equals(o.OperationId, operationId, StringComparison.Ordinal));

    public ContractSurface? Surface(string name) =>
        Surfaces.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Looks an operation up by a path relative to the vendor's own base URL (what a client built
    /// for the vendor sends, e.g. <c>/v1/sessions/…</c>) on the named surface.
    /// </summary>
    public OperationMatch? MatchOnSurface(string surface, string method, string vendorRelativePath)
    {
        var declared = Surface(surface) ?? throw new ArgumentException($"the contract declares no surface '{surface}'", nameof(surface));
        return Match(method, declared.Prefix.TrimEnd('/') + "/" + vendorRelativePath.TrimStart('/'));
    }

    /// <summary>Validates an observed response against the operation documented for method + path.</summary>
    public IReadOnlyList<Violation> ValidateResponse(string method, string path, ContractResponse response)
    {
        var match = Match(method, path);
        return match is null
            ? [new Violation($"{method} {path}", ViolationCode.UnknownOperation, ViolationSeverity.Error, $"the contract documents no operation {method.ToUpperInvariant()} {path}")]
            : ContractValidator.Shared.ValidateResponse(match.Operation, response);
    }

    private static ContractSurface[] ReadSurfaces(OpenApiDocument model)
    {
        if (model.Extensions is null
            || !model.Extensions.TryGetValue(SurfacesExtension, out var extension)
            || extension is not JsonNodeExtension { Node: JsonObject surfaces })
        {
            return [];
        }

        var result = new List<ContractSurface>();
        foreach (var (name, node) in surfaces)
        {
            if (node is JsonObject surface)
            {
                result.Add(new ContractSurface(
                    name,
                    surface["prefix"]?.GetValue<string>() ?? string.Empty,
                    surface["tag"]?.GetValue<string>() ?? string.Empty,
                    surface["vendorBaseUrl"]?.GetValue<string>() ?? string.Empty));
            }
        }

        return [.. result];
    }
}
