namespace Conformance.Emulator.Http;

/// <summary>What is wrong with one request field; each surface renders these in its own vocabulary.</summary>
public enum FieldErrorKind
{
    Missing,
    WrongType,
    BelowMinimum,
    AboveMaximum,
    TooShort,
    TooLong,
    NotInEnum,
    PatternMismatch,
    Conflict,
    Unknown,
    Invalid,
}
