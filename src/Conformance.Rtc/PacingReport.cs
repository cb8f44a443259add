namespace Conformance.Rtc;

/// <summary>How a paced send went: frames sent and their lateness against the absolute schedule.</summary>
public sealed record PacingReport(long Frames, long Rejected, TimeSpan Median, TimeSpan P99, TimeSpan Max);
