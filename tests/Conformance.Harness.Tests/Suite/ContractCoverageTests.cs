using System.Text.RegularExpressions;
using Conformance.Contracts;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness;
using Conformance.Harness.Contract;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The @contract scenarios cover the contract: every vendor operation of openapi.json is called
/// for its documented success and for every documented error status, and every operation the
/// probe can call has a recipe.
/// </summary>
public sealed partial class ContractCoverageTests
{
    [Fact]
    public void ContractScenarios_EveryVendorOperation_CoverEverySuccessAndDocumentedError()
    {
        var contract = ContractDocument.Load(RepoPaths.InRepo("openapi.json"));
        var covered = Covered();
        var missing = new List<string>();
        foreach (var operation in contract.Operations.Where(o => !o.Tags.Contains("Emulator control")))
        {
            foreach (var response in operation.Responses.Where(r => r.Status is not null))
            {
                var key = (operation.OperationId!, response.StatusKey);
                if (!covered.Contains(key))
                {
                    missing.Add($"{operation.OperationId} {response.StatusKey}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Documented responses no @contract scenario provokes:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void ContractProbe_EveryVendorOperation_HasARecipe()
    {
        var contract = ContractDocument.Load(RepoPaths.InRepo("openapi.json"));
        var known = ContractProbe.Recipes.Select(r => r.OperationId).ToHashSet(StringComparer.Ordinal);
        var vendor = contract.Operations.Where(o => !o.Tags.Contains("Emulator control")).Select(o => o.OperationId!).ToList();

        Assert.Equal(vendor.Order(StringComparer.Ordinal), known.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ContractCases_PatternAndTable_AgreeWord_ForWord()
    {
        Assert.Equal(ContractCases.AllWords.Order(StringComparer.Ordinal), ContractCases.Pattern.Split('|').Order(StringComparer.Ordinal));
    }

    private static HashSet<(string, string)> Covered()
    {
        var plan = TestPlan.Load(RepoPaths.InRepo("features"), [typeof(HarnessStartup).Assembly], "@contract", new IncrementingIdGenerator());
        var covered = new HashSet<(string, string)>();
        foreach (var pickle in plan.Pickles)
        {
            string? operation = null;
            foreach (var step in pickle.Steps)
            {
                if (OperationStep().Match(step.Text) is { Success: true } call)
                {
                    operation = call.Groups[1].Value;
                }
                else if (StatusStep().Match(step.Text) is { Success: true } status && operation is not null)
                {
                    covered.Add((operation, status.Groups[1].Value));
                }
            }
        }

        return covered;
    }

    [GeneratedRegex("^the operation \"([^\"]+)\" is called ")]
    private static partial Regex OperationStep();

    [GeneratedRegex("^the response is (\\d{3})")]
    private static partial Regex StatusStep();
}
