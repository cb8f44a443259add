namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// Packs horizontal extents (labels, brackets) into as few rows as possible, first fit from the
/// top: an item goes in the first row whose last item ends before it starts.
/// </summary>
internal sealed class LabelRows(int maxRows, double gap = 4)
{
    private readonly List<double> _ends = [];

    public int Count => _ends.Count;

    /// <summary>The row for the item, or -1 when every row is taken there (the caller leaves it unlabelled).</summary>
    public int TryPlace(double start, double end)
    {
        for (var row = 0; row < _ends.Count; row++)
        {
            if (_ends[row] + gap <= start)
            {
                _ends[row] = end;
                return row;
            }
        }

        if (_ends.Count < maxRows)
        {
            _ends.Add(end);
            return _ends.Count - 1;
        }

        return -1;
    }

    /// <summary>Like <see cref="TryPlace"/>, but past the row limit the item shares the row that frees up first: nothing is dropped (it may overlap).</summary>
    public int Place(double start, double end)
    {
        if (TryPlace(start, end) is var row and >= 0)
        {
            return row;
        }

        var earliest = _ends.IndexOf(_ends.Min());
        _ends[earliest] = Math.Max(_ends[earliest], end);
        return earliest;
    }
}
