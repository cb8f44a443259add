using System.Text.Json.Nodes;

namespace Conformance.Emulator.Calls.Inputs;

/// <summary>A journal-only fact from the leg.</summary>
public sealed record NoteInput(string Kind, JsonObject Data) : ActorInput;
