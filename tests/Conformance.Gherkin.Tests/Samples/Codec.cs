namespace Conformance.Gherkin.Tests.Samples;

public enum Codec
{
    Opus,
    Pcmu,
    Pcma,
}
