namespace Conformance.Emulator.Runtime;

/// <summary>
/// Which persona ids exist. The persona format belongs to the call runtime; the REST layer
/// only stores the reference and refuses names the catalog does not know — when the catalog is
/// authoritative (a personas folder exists).
/// </summary>
public interface IPersonaCatalog
{
    bool IsAuthoritative { get; }

    IReadOnlyList<string> Personas { get; }

    bool IsKnown(string persona);
}
