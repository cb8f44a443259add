namespace Conformance.Emulator.State;

public enum StoreError
{
    NotFound,
    Conflict,
    Invalid,
}
