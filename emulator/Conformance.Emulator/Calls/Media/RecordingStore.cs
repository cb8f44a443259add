namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// Every call's uplink recording by call id, kept after the call ends (RUN-041) up to a count;
/// the oldest are dropped first. Thread-safe.
/// </summary>
public sealed class RecordingStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, UplinkRecording> _byCall = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly int _capacity;

    public RecordingStore(int capacity)
    {
        _capacity = Math.Max(1, capacity);
    }

    internal UplinkRecording Start(string callId, int sampleRate)
    {
        var recording = new UplinkRecording(callId, sampleRate);
        lock (_gate)
        {
            if (!_byCall.ContainsKey(callId))
            {
                _order.Enqueue(callId);
            }

            _byCall[callId] = recording;
            while (_order.Count > _capacity)
            {
                _byCall.Remove(_order.Dequeue());
            }
        }

        return recording;
    }

    internal UplinkRecording? Find(string callId)
    {
        lock (_gate)
        {
            return _byCall.GetValueOrDefault(callId);
        }
    }
}
