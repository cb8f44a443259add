namespace Conformance.Emulator.Tests.Runtime.Support;

internal enum AgentActionKind
{
    Audio,
    Mark,
    Clear,
    Control,
    Invalid,
}
