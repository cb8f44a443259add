namespace Conformance.Gherkin.Running;

/// <summary>Progress of a run, for a host to render: started, each pickle and step, finished.</summary>
public abstract record RunEvent;
