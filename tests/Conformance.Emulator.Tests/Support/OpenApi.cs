using Conformance.Contracts;
using Conformance.TestSupport;

namespace Conformance.Emulator.Tests.Support;

/// <summary>The repository's openapi.json, loaded once through Conformance.Contracts.</summary>
public static class OpenApi
{
    private static readonly Lazy<ContractDocument> s_document = new(() => ContractDocument.Load(RepoPaths.InRepo("openapi.json")));

    public static ContractDocument Document => s_document.Value;

    /// <summary>The documented operation for method + concrete path; throws when the contract does not document it.</summary>
    public static ContractOperation Operation(string method, string path) =>
        Document.FindOperation(method, path) ?? throw new InvalidOperationException($"openapi.json documents no {method} {path}");

    /// <summary>Every violation of the contract by a response to method + path.</summary>
    public static IReadOnlyList<Violation> Check(string method, string path, ApiResponse response) =>
        Document.ValidateResponse(method, path.Split('?')[0], response.ToContract());

    public static void AssertConforms(string method, string path, ApiResponse response)
    {
        var violations = Check(method, path, response);
        Assert.True(violations.Count == 0, $"{method} {path} → {response}\nviolates openapi.json:\n  {string.Join("\n  ", violations)}");
    }
}
