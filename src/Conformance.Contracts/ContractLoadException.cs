namespace Conformance.Contracts;

/// <summary>Thrown when a contract document cannot be read or parsed at all (as opposed to loading with diagnostics).</summary>
public sealed class ContractLoadException : Exception
{
    public ContractLoadException()
    {
    }

    public ContractLoadException(string message)
        : base(message)
    {
    }

    public ContractLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
