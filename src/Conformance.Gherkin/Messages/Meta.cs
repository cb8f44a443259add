namespace Conformance.Gherkin.Messages;

/// <summary>The first message of a run: who wrote it, on what.</summary>
public sealed record Meta(string ProtocolVersion, Product Implementation, Product Runtime, Product Os, Product Cpu);
