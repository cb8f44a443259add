namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// Packs horizontal extents (labels, brackets) into as few rows as possible, first fit from the
/// top: an item goes in the first row whose last item ends before it starts. Past the row limit it
/// shares the row that frees up first, so nothing is dropped (it may then overlap).
/// </summary>
internal sealed class LabelRows(int maxRows, double gap = 4)
{
    private readonly List<double> _ends = [];

    public int Count => _ends.Count;

    public int Place(double start, double end)
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

        var earliest = _ends.IndexOf(_ends.Min());
        _ends[earliest] = Math.Max(_ends[earliest], end);
        return earliest;
    }
}
