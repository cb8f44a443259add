namespace Conformance.Contracts;

/// <summary>One documented response of an operation: its status key (<c>200</c>, <c>4XX</c>, <c>default</c>), content and required headers.</summary>
public sealed record ContractResponseSpec(string StatusKey, string? Description, IReadOnlyList<ContractContent> Content, IReadOnlyList<string> RequiredHeaders)
{
    /// <summary>The numeric status when the key is a concrete code.</summary>
    public int? Status => int.TryParse(StatusKey, out var status) ? status : null;
}
