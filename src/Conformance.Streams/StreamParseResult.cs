namespace Conformance.Streams;

/// <summary>
/// The outcome of parsing one media-stream message: the typed message (null when an error-severity
/// finding made it unusable) and every finding, errors and warnings, in the order found.
/// </summary>
public readonly record struct StreamParseResult<T>(T? Message, IReadOnlyList<StreamViolation> Violations)
    where T : class
{
    public bool IsSuccess => Message is not null;

    /// <summary>The first error-severity finding: what to close the socket with.</summary>
    public StreamViolation? Error
    {
        get
        {
            foreach (var v in Violations)
            {
                if (v.Severity == ViolationSeverity.Error)
                {
                    return v;
                }
            }

            return null;
        }
    }

    public bool HasWarnings
    {
        get
        {
            foreach (var v in Violations)
            {
                if (v.Severity == ViolationSeverity.Warning)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
