using System.Text.Json.Nodes;
using Conformance.Contracts;

namespace Conformance.Emulator.Tests.Support;

/// <summary>An HTTP response as received, with helpers to read JSON and to check it against the contract.</summary>
public sealed record ApiResponse(int Status, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public JsonObject Obj => Json as JsonObject ?? throw new InvalidOperationException($"not a JSON object ({Status}): {Body}");

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public ContractResponse ToContract() => new(Status, ContentType, Body, Headers);

    public override string ToString() => $"{Status} {ContentType}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}
