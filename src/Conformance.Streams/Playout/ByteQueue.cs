namespace Conformance.Streams.Playout;

/// <summary>A FIFO of bytes over one growable array (append at the tail, consume from the head).</summary>
internal sealed class ByteQueue
{
    private byte[] _buffer = new byte[4096];
    private int _head;

    public int Count { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_head + Count + data.Length > _buffer.Length)
        {
            if (Count + data.Length <= _buffer.Length / 2)
            {
                _buffer.AsSpan(_head, Count).CopyTo(_buffer);
            }
            else
            {
                var grown = new byte[Math.Max(_buffer.Length * 2, Count + data.Length)];
                _buffer.AsSpan(_head, Count).CopyTo(grown);
                _buffer = grown;
            }

            _head = 0;
        }

        data.CopyTo(_buffer.AsSpan(_head + Count));
        Count += data.Length;
    }

    /// <summary>Moves up to <paramref name="destination"/>.Length bytes out; returns how many.</summary>
    public int Take(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, Count);
        _buffer.AsSpan(_head, n).CopyTo(destination);
        Skip(n);
        return n;
    }

    public void Skip(int n)
    {
        _head += n;
        Count -= n;
        if (Count == 0)
        {
            _head = 0;
        }
    }

    public void Clear()
    {
        _head = 0;
        Count = 0;
    }
}
