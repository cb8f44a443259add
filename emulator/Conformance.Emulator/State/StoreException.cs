namespace Conformance.Emulator.State;

/// <summary>A store operation refused with a typed reason (the control plane maps it to 404/409/400).</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException(StoreError reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public StoreError Reason { get; }
}
