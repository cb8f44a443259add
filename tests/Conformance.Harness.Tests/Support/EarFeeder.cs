using Conformance.Harness.Measuring;

namespace Conformance.Harness.Tests.Support;

/// <summary>Feeds an <see cref="AgentEar"/> as a playout loop would: one frame per tick, with which samples were agent audio.</summary>
internal static class EarFeeder
{
    /// <summary>
    /// Plays <paramref name="signal"/> into a fresh ear in 20 ms frames; samples in
    /// [<paramref name="agentFromMs"/>, <paramref name="agentToMs"/>) count as agent audio.
    /// </summary>
    public static AgentEar Play(short[] signal, int rate, double agentFromMs, double agentToMs)
    {
        var ear = new AgentEar(rate);
        var frame = rate / 50;
        var agentFrom = (int)(agentFromMs * rate / 1000);
        var agentTo = (int)(agentToMs * rate / 1000);
        for (var offset = 0; offset < signal.Length; offset += frame)
        {
            var length = Math.Min(frame, signal.Length - offset);
            var start = Math.Clamp(agentFrom - offset, 0, length);
            var end = Math.Clamp(agentTo - offset, 0, length);
            ear.Append(signal.AsSpan(offset, length), start, Math.Max(0, end - start));
        }

        return ear;
    }
}
