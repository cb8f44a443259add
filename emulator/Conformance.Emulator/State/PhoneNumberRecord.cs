namespace Conformance.Emulator.State;

/// <summary>One of a tenant's Omnia numbers (outbound calls originate from it).</summary>
public sealed record PhoneNumberRecord(string Id, string Number);
