namespace Conformance.Emulator.Http;

/// <summary>Why a request body could not be read as the operation needs; each surface maps these to its status and shape.</summary>
public enum RequestProblem
{
    WrongContentType,
    EmptyBody,
    MalformedJson,
    MalformedForm,
    NotAnObject,
    TooLarge,
    InvalidEncoding,
}
