namespace Conformance.Contracts;

/// <summary>A documented operation matched to a concrete path, with the path parameters it bound.</summary>
public sealed record OperationMatch(ContractOperation Operation, IReadOnlyDictionary<string, string> PathParameters);
