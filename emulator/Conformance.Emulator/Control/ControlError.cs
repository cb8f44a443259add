namespace Conformance.Emulator.Control;

/// <summary>Every way a control-plane request fails (specs/control.md CTL-ERR-*).</summary>
public enum ControlError
{
    BadRequest,
    NotFound,
    Conflict,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    Internal,
}
