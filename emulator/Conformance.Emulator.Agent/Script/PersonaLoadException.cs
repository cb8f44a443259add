namespace Conformance.Emulator.Agent.Script;

/// <summary>A persona could not be loaded; <see cref="Errors"/> lists every problem found.</summary>
public sealed class PersonaLoadException : Exception
{
    public PersonaLoadException(IReadOnlyList<PersonaError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public PersonaLoadException()
        : this([])
    {
    }

    public PersonaLoadException(string message)
        : base(message)
    {
        Errors = [new PersonaError("", 0, 0, message)];
    }

    public PersonaLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new PersonaError("", 0, 0, message)];
    }

    public IReadOnlyList<PersonaError> Errors { get; } = [];
}
