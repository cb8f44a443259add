namespace Conformance.Emulator.Deviations;

/// <summary>One parameter a deviation takes. <see cref="Type"/> is a JSON type name: string, integer, number or boolean.</summary>
public sealed record DeviationParameter(string Name, string Type, bool Required, string Description);
