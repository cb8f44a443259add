using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// For every error status openapi.json documents (400, 401, 402, 403, 404, 409, 415, 422, 429)
/// on every operation, a request provokes exactly that status and the body validates against the
/// documented error schema. Documenting an error without a way to provoke it fails too.
/// </summary>
public sealed class DocumentedErrorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly int[] s_statuses = [400, 401, 402, 403, 404, 409, 415, 422, 429];

    public static TheoryData<string, int> DocumentedErrors()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in OpenApi.Document.Operations)
        {
            foreach (var response in operation.Responses.Where(r => r.Status is { } s && s_statuses.Contains(s)))
            {
                data.Add(operation.OperationId!, response.Status!.Value);
            }
        }

        return data;
    }

    [Fact]
    public void DocumentedErrors_AreManyAndCoverEveryKind()
    {
        var pairs = DocumentedErrors().Select(row => (int)row[1]).ToArray();
        Assert.True(pairs.Length > 200, $"only {pairs.Length} documented errors");
        Assert.All(s_statuses, status => Assert.Contains(status, pairs));
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task DocumentedError_IsProvoked_AndItsBodyMatchesTheContract(string operationId, int status)
    {
        var operation = OpenApi.Document.FindOperationById(operationId)!;
        var provoke = ErrorProvokers.For(operation, status);
        Assert.True(provoke is not null, $"{operation} documents {status} but no test provokes it");
        var scenarios = new Scenarios(fixture.Client, await TestTenant.CreateAsync(fixture.Client));
        var response = await provoke(scenarios, operation);
        Assert.True(response.Status == status, $"{operation}: expected {status}, got {response}");
        var path = operation.Path.Template;
        var violations = OpenApi.Document.Match(operation.Method, path) is { } match
            ? Conformance.Contracts.ContractValidator.Shared.ValidateResponse(match.Operation, response.ToContract())
            : [];
        Assert.True(violations.Count == 0, $"{operation} {status}: {response}\n  {string.Join("\n  ", violations)}");
    }
}
