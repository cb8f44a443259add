namespace Conformance.Gherkin.Messages;

/// <summary>An <c>attachment</c> envelope's body: text as is, binary data as base64.</summary>
public sealed record AttachmentMessage(
    string Body,
    AttachmentContentEncoding ContentEncoding,
    string? FileName,
    string MediaType,
    string? TestCaseStartedId,
    string? TestStepId,
    string? TestRunStartedId,
    string? TestRunHookStartedId,
    Timestamp? Timestamp);
