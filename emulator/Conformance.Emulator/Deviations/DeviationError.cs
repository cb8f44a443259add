namespace Conformance.Emulator.Deviations;

/// <summary>Why a deviation could not be registered or switched on.</summary>
public enum DeviationError
{
    UnknownDeviation,
    DuplicateDescriptor,
    MissingParameter,
    UnknownParameter,
    WrongParameterType,
    SurfaceNotApplicable,
}
