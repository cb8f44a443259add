using Conformance.Gherkin.Messages;

namespace Conformance.Harness.Reporting.Results;

/// <summary>An attachment as the run recorded it; <see cref="TestStepId"/> ties it to a step.</summary>
public sealed record ReportedAttachment(string MediaType, string? FileName, string Body, AttachmentContentEncoding Encoding, string? TestStepId)
{
    public bool IsLog => MediaType == Conformance.Gherkin.Running.ScenarioOutput.LogMediaType;

    public bool IsTimeline => MediaType == ScenarioTimeline.MediaType;

    /// <summary>The body as text (base64 decoded as UTF-8); null when base64 is malformed.</summary>
    public string? Text
    {
        get
        {
            if (Encoding == AttachmentContentEncoding.Identity)
            {
                return Body;
            }

            var bytes = Bytes;
            return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
        }
    }

    /// <summary>The body's bytes; null when base64 is malformed.</summary>
    public byte[]? Bytes
    {
        get
        {
            if (Encoding == AttachmentContentEncoding.Identity)
            {
                return System.Text.Encoding.UTF8.GetBytes(Body);
            }

            var buffer = new byte[Body.Length * 3 / 4 + 3];
            return Convert.TryFromBase64String(Body, buffer, out var written) ? buffer[..written] : null;
        }
    }
}
