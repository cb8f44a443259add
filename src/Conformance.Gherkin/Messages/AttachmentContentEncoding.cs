namespace Conformance.Gherkin.Messages;

public enum AttachmentContentEncoding
{
    Identity,
    Base64,
}
