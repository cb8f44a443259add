namespace Conformance.Emulator.Http;

/// <summary>RFC 9110 §15 reason phrases (problem-details titles).</summary>
public static class HttpReason
{
    public static string Phrase(int status)
    {
        var phrase = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        return string.IsNullOrEmpty(phrase) ? $"HTTP {status}" : phrase;
    }
}
