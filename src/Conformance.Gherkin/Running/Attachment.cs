using System.Text;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Running;

/// <summary>
/// Data a step attached to its scenario: text kept as is, anything else as base64. Written to the
/// NDJSON report as an <c>attachment</c> envelope and kept in the results for the host.
/// </summary>
public sealed record Attachment(
    string MediaType, string? FileName, string Body, AttachmentContentEncoding Encoding, string? TestStepId, DateTimeOffset Timestamp)
{
    public byte[] Bytes => Encoding == AttachmentContentEncoding.Base64 ? Convert.FromBase64String(Body) : System.Text.Encoding.UTF8.GetBytes(Body);

    public string Text => Encoding == AttachmentContentEncoding.Base64 ? System.Text.Encoding.UTF8.GetString(Bytes) : Body;
}
