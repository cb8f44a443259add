using System.Text.Json;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Running;

/// <summary>
/// Injectable into step classes and hooks: attaches data to the running scenario (and the step
/// running now), like Cucumber's <c>attach</c> and <c>log</c>. Thread-safe.
/// </summary>
public sealed class ScenarioOutput
{
    private readonly List<Attachment> _attachments = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly Action<Attachment>? _published;

    internal ScenarioOutput(TimeProvider timeProvider, Action<Attachment>? published)
    {
        _timeProvider = timeProvider;
        _published = published;
    }

    public const string LogMediaType = "text/x.cucumber.log+plain";

    public IReadOnlyList<Attachment> Attachments
    {
        get
        {
            lock (_lock)
            {
                return [.. _attachments];
            }
        }
    }

    /// <summary>The message id of the step or hook running now (set by the runner).</summary>
    internal string? CurrentTestStepId { get; set; }

    /// <summary>Binary data (a PNG plot, a WAV clip): stored base64.</summary>
    public Attachment Attach(ReadOnlySpan<byte> data, string mediaType, string? fileName = null) =>
        Add(mediaType, fileName, Convert.ToBase64String(data), AttachmentContentEncoding.Base64);

    /// <summary>Text (plain, JSON, SVG, CSV…): stored as is.</summary>
    public Attachment Attach(string text, string mediaType, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(mediaType, fileName, text, AttachmentContentEncoding.Identity);
    }

    /// <summary>A value serialised as <c>application/json</c>.</summary>
    public Attachment AttachJson<T>(T value, string? fileName = null, JsonSerializerOptions? options = null) =>
        Attach(JsonSerializer.Serialize(value, options ?? JsonSerializerOptions.Web), "application/json", fileName);

    /// <summary>A line for the scenario's log (Cucumber's <c>log</c>).</summary>
    public Attachment Log(string text) => Attach(text, LogMediaType);

    private Attachment Add(string mediaType, string? fileName, string body, AttachmentContentEncoding encoding)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        var attachment = new Attachment(mediaType, fileName, body, encoding, CurrentTestStepId, _timeProvider.GetUtcNow());
        lock (_lock)
        {
            _attachments.Add(attachment);
        }

        _published?.Invoke(attachment);
        return attachment;
    }
}
