using Conformance.Emulator.Http;

namespace Conformance.Emulator.Configuration;

/// <summary>A configuration that cannot be used, with every invalid field.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException()
    {
        Errors = [];
    }

    public ConfigException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ConfigException(string message, IReadOnlyList<FieldError> errors)
        : base(message)
    {
        Errors = errors;
    }

    public IReadOnlyList<FieldError> Errors { get; }
}
