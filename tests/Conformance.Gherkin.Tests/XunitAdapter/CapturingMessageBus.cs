using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Gherkin.Tests.XunitAdapter;

/// <summary>Keeps what a test case reports, instead of sending it to the runner.</summary>
internal sealed class CapturingMessageBus : LongLivedMarshalByRefObject, IMessageBus, IMessageSink
{
    public List<IMessageSinkMessage> Messages { get; } = [];

    public bool QueueMessage(IMessageSinkMessage message)
    {
        lock (Messages)
        {
            Messages.Add(message);
        }

        return true;
    }

    public bool OnMessage(IMessageSinkMessage message) => QueueMessage(message);

    public void Dispose()
    {
    }
}
