namespace Conformance.Gherkin.Ast;

/// <summary>A tag such as <c>@webrtc</c>; the name keeps its <c>@</c>.</summary>
public sealed record Tag(Location Location, string Name, string Id);
