using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// Everruns public ids: <c>{prefix}_{32 lowercase hex}</c>; malformed → 400, well-formed but
/// unknown → 404 (EVR-ID-001/002). Voice connections accept both documented prefixes
/// (<c>voice_</c>, <c>voice_conn_</c>) and are emitted as <c>voice_</c> (EVR-ID-003);
/// provider ids accept <c>provider_</c> and the seeds' <c>prov_</c> (EVR-ID-004).
/// </summary>
public static class EverrunsIds
{
    public static void RequireWellFormed(HttpContext context, string value, string what, params string[] prefixes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(prefixes);
        if (prefixes.Any(p => PublicIds.IsPrefixedHex(value, p)))
        {
            return;
        }

        var deviations = context.RequestServices.GetRequiredService<DeviationRegistry>();
        if (deviations.Find(RestDeviations.IdsNotValidated, Surface.Everruns, Exchange.Of(context).Caller?.TenantId) is not null)
        {
            EverrunsProblems.Throw(EverrunsError.NotFound, $"{what} {value} not found", $"{what.Replace(' ', '_')}_not_found");
        }

        EverrunsProblems.Throw(EverrunsError.InvalidId, $"'{value}' is not a valid {what} id: expected {string.Join(" or ", prefixes.Select(p => p + "_<32 lowercase hex>"))}", $"invalid_{what.Replace(' ', '_')}_id");
    }

    /// <summary>The canonical <c>voice_</c> form of a voice connection id given with either prefix.</summary>
    public static string CanonicalVoiceId(string value) =>
        value.StartsWith("voice_conn_", StringComparison.Ordinal) ? "voice_" + value["voice_conn_".Length..] : value;

    /// <summary>The canonical <c>provider_</c> form of a provider id given with either prefix.</summary>
    public static string CanonicalProviderId(string value) =>
        value.StartsWith("prov_", StringComparison.Ordinal) ? "provider_" + value["prov_".Length..] : value;
}
