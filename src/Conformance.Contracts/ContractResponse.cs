namespace Conformance.Contracts;

/// <summary>An HTTP response as observed on the wire, to be checked against a documented operation.</summary>
public sealed record ContractResponse(int Status, string? ContentType, string? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public string? Header(string name)
    {
        if (Headers is null)
        {
            return null;
        }

        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
