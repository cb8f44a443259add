using Conformance.Streams;

namespace Conformance.Emulator.Calls.Inputs;

public sealed record ViolationInput(StreamViolation Violation, bool Fatal) : ActorInput;
