namespace Conformance.TestSupport;

/// <summary>Thrown when material the tests read from ../shared is absent.</summary>
public sealed class SharedMaterialMissingException(string message) : Exception(message);
