using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Contracts;

/// <summary>
/// Holds observed HTTP messages to a documented operation: status documented, content type
/// documented, required headers present, and the body valid against the documented schema
/// (JSON bodies parsed; text bodies such as <c>application/sdp</c> checked as strings).
/// </summary>
public sealed class ContractValidator
{
    public static ContractValidator Shared { get; } = new(new SchemaValidator());

    private readonly SchemaValidator _schemas;

    public ContractValidator(SchemaValidator schemas)
    {
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
    }

    public IReadOnlyList<Violation> ValidateResponse(ContractOperation operation, ContractResponse response)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(response);
        var sink = new List<Violation>();
        var spec = operation.ResponseFor(response.Status);
        if (spec is null)
        {
            var documented = string.Join(", ", operation.Responses.Select(r => r.StatusKey));
            sink.Add(Error("status", ViolationCode.UndocumentedStatus, $"{operation} does not document status {response.Status} (documented: {documented})"));
            return sink;
        }

        foreach (var header in spec.RequiredHeaders.Where(h => string.IsNullOrEmpty(response.Header(h))))
        {
            sink.Add(Error($"header {header}", ViolationCode.MissingHeader, $"response {spec.StatusKey} requires header '{header}'"));
        }

        ValidateContent(spec.Content, response.ContentType, response.Body, "$", $"response {spec.StatusKey}", sink);
        return sink;
    }

    /// <summary>Validates a request body the way a server documented by <paramref name="operation"/> would receive it.</summary>
    public IReadOnlyList<Violation> ValidateRequest(ContractOperation operation, string? contentType, string? body)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var sink = new List<Violation>();
        if (string.IsNullOrEmpty(body))
        {
            if (operation.RequestBodyRequired)
            {
                sink.Add(Error("$", ViolationCode.MissingBody, $"{operation} requires a request body"));
            }

            return sink;
        }

        ValidateContent(operation.RequestContent, contentType, body, "$", "request", sink);
        return sink;
    }

    /// <summary>Validates a parsed JSON value against the schema documented for one media type.</summary>
    public IReadOnlyList<Violation> ValidateValue(ContractContent content, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Schema is null ? [] : _schemas.Validate(value, content.Schema);
    }

    private void ValidateContent(IReadOnlyList<ContractContent> content, string? contentType, string? body, string at, string what, List<Violation> sink)
    {
        var hasBody = !string.IsNullOrEmpty(body);
        if (content.Count == 0)
        {
            if (hasBody)
            {
                sink.Add(new Violation(at, ViolationCode.UnexpectedBody, ViolationSeverity.Warning, $"{what} documents no content but a body was sent"));
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            if (hasBody)
            {
                sink.Add(Error("header Content-Type", ViolationCode.MissingContentType, $"{what} has a body but no Content-Type"));
            }
            else
            {
                sink.Add(Error(at, ViolationCode.MissingBody, $"{what} documents content ({string.Join(", ", content.Select(c => c.MediaType))}) but the body is empty"));
            }

            return;
        }

        var media = content.FirstOrDefault(c => MediaTypes.Essence(c.MediaType) == MediaTypes.Essence(contentType))
            ?? content.FirstOrDefault(c => MediaTypes.Covers(c.MediaType, contentType));
        if (media is null)
        {
            sink.Add(Error("header Content-Type", ViolationCode.UndocumentedContentType, $"{what} documents {string.Join(", ", content.Select(c => c.MediaType))}, not '{MediaTypes.Essence(contentType)}'"));
            return;
        }

        if (media.Schema is null)
        {
            return;
        }

        JsonNode? instance;
        if (MediaTypes.IsJson(contentType))
        {
            if (!hasBody)
            {
                sink.Add(Error(at, ViolationCode.MissingBody, $"{what} documents a JSON body but the body is empty"));
                return;
            }

            try
            {
                instance = JsonNode.Parse(body!);
            }
            catch (JsonException e)
            {
                sink.Add(Error(at, ViolationCode.MalformedJson, $"{what} body is not valid JSON: {e.Message}"));
                return;
            }
        }
        else
        {
            instance = JsonValue.Create(body ?? string.Empty);
        }

        sink.AddRange(_schemas.Validate(instance, media.Schema, at));
    }

    private static Violation Error(string at, ViolationCode code, string message) => new(at, code, ViolationSeverity.Error, message);
}
