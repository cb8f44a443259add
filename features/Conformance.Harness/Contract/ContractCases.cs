namespace Conformance.Harness.Contract;

/// <summary>The words scenarios use for each <see cref="ContractCase"/>.</summary>
public static class ContractCases
{
    private static readonly (string Words, ContractCase Case)[] s_words =
    [
        ("with a valid request", ContractCase.Valid),
        ("without credentials", ContractCase.NoCredentials),
        ("with a key that was never issued", ContractCase.WrongKey),
        ("for an id that does not exist", ContractCase.UnknownId),
        ("with a malformed id", ContractCase.MalformedId),
        ("with an invalid request", ContractCase.InvalidRequest),
        ("with malformed JSON", ContractCase.MalformedJson),
        ("with a body that is not JSON", ContractCase.NotJson),
        ("when the key has no credits left", ContractCase.NoCredits),
        ("over the rate limit", ContractCase.RateLimited),
        ("when it is not allowed", ContractCase.Forbidden),
        ("when the resource's state forbids it", ContractCase.Conflict),
    ];

    /// <summary>The words as one regular expression (for the <c>{case}</c> parameter type; kept in step with the table above by a test).</summary>
    public const string Pattern =
        "with a valid request|without credentials|with a key that was never issued|for an id that does not exist|with a malformed id|" +
        "with an invalid request|with malformed JSON|with a body that is not JSON|when the key has no credits left|over the rate limit|" +
        "when it is not allowed|when the resource's state forbids it";

    public static IEnumerable<string> AllWords => s_words.Select(w => w.Words);

    public static ContractCase Parse(string words) =>
        s_words.FirstOrDefault(w => w.Words == words) is { Words: not null } found ? found.Case : throw new ArgumentException($"Unknown contract case '{words}'.", nameof(words));

    public static string Words(ContractCase contractCase) => s_words.First(w => w.Case == contractCase).Words;
}
