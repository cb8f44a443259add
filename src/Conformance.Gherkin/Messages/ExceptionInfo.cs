namespace Conformance.Gherkin.Messages;

/// <summary>An exception as messages carry it (the <c>Exception</c> message).</summary>
public sealed record ExceptionInfo(string Type, string? Message, string? StackTrace);
