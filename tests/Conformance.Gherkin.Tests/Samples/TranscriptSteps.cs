using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class TranscriptSteps
{
    private DocString? _transcript;

    [Given("the caller said:")]
    public void CallerSaid(DocString transcript) => _transcript = transcript;

    [Then("the transcript has {int} words")]
    public void TranscriptHasWords(int words) =>
        Assert.Equal(words, _transcript!.Content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    [Then("the transcript's media type is {string}")]
    public void MediaTypeIs(string mediaType) => Assert.Equal(mediaType, _transcript!.MediaType);
}
