using System.Text.Json.Nodes;
using Conformance.Emulator.Calls.Legs;

namespace Conformance.Emulator.Calls.Inputs;

/// <summary>The leg's media is up with <paramref name="Format"/> at clock timestamp <paramref name="At"/> (the call's media epoch).</summary>
public sealed record MediaUpInput(LegFormat Format, JsonObject Details, long At) : ActorInput;
