using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class AsyncSteps
{
    private CancellationToken? _seen;

    [When("an async step awaits a delay of {int} ms")]
    public async Task AwaitsDelay(int milliseconds, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), cancellationToken);
        _seen = cancellationToken;
    }

    [Then("the async step saw a cancellation token that is not cancelled")]
    public void SawToken()
    {
        Assert.NotNull(_seen);
        Assert.True(_seen.Value.CanBeCanceled);
        Assert.False(_seen.Value.IsCancellationRequested);
    }
}
