namespace Conformance.Streams.Generic;

/// <summary>
/// A JSON control message the server (the emulated agent) sends on a generic media-stream socket
/// (media-protocols.md §4.1, §4.4; Omnia websockets, vendors.md §2.5). Audio travels separately
/// in binary messages.
/// </summary>
public abstract record GenericServerMessage
{
    private protected GenericServerMessage()
    {
    }
}
