using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary><c>{transport}</c>: how the caller reaches the agent, in the words scenarios use.</summary>
public static class TransportParameter
{
    [ParameterType("transport", CallTransport.Pattern)]
    public static CallTransport Transport(string words) => CallTransport.Parse(words);
}
