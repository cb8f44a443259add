namespace Conformance.Gherkin.Messages;

/// <summary>Random UUIDs, so messages from separate runs never share an id.</summary>
public sealed class GuidIdGenerator : IIdGenerator
{
    public string NewId() => Guid.NewGuid().ToString();
}
