namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// A clip's known transcript laid over its duration, so transcript events follow the audio
/// (RUN-051): word <c>i</c> is taken to start at the clip position proportional to the characters
/// before it. Clock-free: the actor reports how far the playback has gone out.
/// <see cref="HeardText"/> is the words whose start lies before a played position (what
/// Everruns' <c>voice.output.interrupted</c> and Omnia's final cut transcript carry).
/// </summary>
public sealed class SpokenTranscript
{
    private readonly string[] _words;
    private readonly long[] _starts;
    private int _emitted;

    public SpokenTranscript(int playbackId, int ordinal, string text, long durationSamples)
    {
        ArgumentNullException.ThrowIfNull(text);
        PlaybackId = playbackId;
        Ordinal = ordinal;
        Text = text;
        _words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _starts = new long[_words.Length];
        var total = Math.Max(1, text.Length);
        var chars = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            _starts[i] = durationSamples * chars / total;
            chars += _words[i].Length + 1;
        }
    }

    public int PlaybackId { get; }

    public int Ordinal { get; }

    public string Text { get; }

    /// <summary>Text given out so far.</summary>
    public string Accumulated => string.Join(' ', _words.Take(_emitted));

    /// <summary>The words whose start has gone out by <paramref name="position"/> (each with its leading space after the first).</summary>
    public IReadOnlyList<string> Advance(long position)
    {
        var deltas = new List<string>();
        while (_emitted < _words.Length && _starts[_emitted] <= position)
        {
            deltas.Add(_emitted == 0 ? _words[0] : " " + _words[_emitted]);
            _emitted++;
        }

        return deltas;
    }

    public string HeardText(long playedSamples) =>
        string.Join(' ', _words.Where((_, i) => _starts[i] < playedSamples));

    public string UnspokenText(long playedSamples) =>
        string.Join(' ', _words.Where((_, i) => _starts[i] >= playedSamples));
}
