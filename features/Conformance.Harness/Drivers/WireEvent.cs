namespace Conformance.Harness.Drivers;

/// <summary>A protocol event on a caller leg, stamped in ms on the stream timeline.</summary>
public sealed record WireEvent(double AtMs, WireDirection Direction, string Kind, string? Detail = null)
{
    public override string ToString() => $"{AtMs,8:0} ms {(Direction switch { WireDirection.ToAgent => "→", WireDirection.FromAgent => "←", _ => "·" })} {Kind}{(Detail is null ? "" : " " + Detail)}";
}
