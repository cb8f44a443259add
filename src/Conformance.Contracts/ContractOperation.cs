using Microsoft.OpenApi;

namespace Conformance.Contracts;

/// <summary>One documented method + path of the contract, flattened for lookups and validation.</summary>
public sealed class ContractOperation
{
    internal ContractOperation(string method, PathTemplate path, OpenApiOperation model, IList<IOpenApiParameter>? pathLevelParameters)
    {
        Method = method;
        Path = path;
        Model = model;
        OperationId = model.OperationId;
        Tags = model.Tags?.Select(t => t.Name ?? string.Empty).Where(n => n.Length > 0).ToArray() ?? [];
        SecuritySchemes = model.Security?
            .SelectMany(requirement => requirement.Keys)
            .Select(scheme => scheme.Reference?.Id ?? scheme.Name ?? string.Empty)
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray() ?? [];
        Parameters = [.. (pathLevelParameters ?? []).Where(p => model.Parameters?.Any(o => o.Name == p.Name && o.In == p.In) != true), .. model.Parameters ?? []];
        RequestBodyRequired = model.RequestBody?.Required ?? false;
        RequestContent = ToContent(model.RequestBody?.Content);
        Responses = model.Responses?.Select(r => new ContractResponseSpec(
                r.Key,
                r.Value.Description,
                ToContent(r.Value.Content),
                r.Value.Headers?.Where(h => h.Value.Required).Select(h => h.Key).ToArray() ?? []))
            .ToArray() ?? [];
    }

    /// <summary>Upper-case HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    public PathTemplate Path { get; }

    public string? OperationId { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Names of the security schemes any of the operation's requirements refers to (empty: anonymous or document default).</summary>
    public IReadOnlyList<string> SecuritySchemes { get; }

    public IReadOnlyList<IOpenApiParameter> Parameters { get; }

    public bool RequestBodyRequired { get; }

    public IReadOnlyList<ContractContent> RequestContent { get; }

    public IReadOnlyList<ContractResponseSpec> Responses { get; }

    /// <summary>The Microsoft.OpenApi model, for anything this view does not flatten.</summary>
    public OpenApiOperation Model { get; }

    /// <summary>
    /// The response documented for <paramref name="status"/>: the exact code, else its range
    /// (<c>4XX</c>), else <c>default</c> (OpenAPI 3.1 §4.8.16.2).
    /// </summary>
    public ContractResponseSpec? ResponseFor(int status)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = $"{code[0]}XX";
        return Responses.FirstOrDefault(r => r.StatusKey == code)
            ?? Responses.FirstOrDefault(r => string.Equals(r.StatusKey, range, StringComparison.OrdinalIgnoreCase))
            ?? Responses.FirstOrDefault(r => r.StatusKey == "default");
    }

    public override string ToString() => $"{Method} {Path}{(OperationId is null ? string.Empty : $" ({OperationId})")}";

    private static ContractContent[] ToContent(IDictionary<string, IOpenApiMediaType>? content) =>
        content?.Select(c => new ContractContent(c.Key, c.Value.Schema, ExamplesOf(c.Key, c.Value))).ToArray() ?? [];

    private static ContractExample[] ExamplesOf(string mediaType, IOpenApiMediaType media)
    {
        var examples = new List<ContractExample>();
        if (media.Example is not null)
        {
            examples.Add(new ContractExample("example", mediaType, media.Example));
        }

        if (media.Examples is not null)
        {
            examples.AddRange(media.Examples.Select(e => new ContractExample(e.Key, mediaType, e.Value.Value)));
        }

        return [.. examples];
    }
}
