using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>
/// A LiveKit access token (media-protocols.md §6.1): a JWT (RFC 7519) signed HS256
/// (RFC 7518 §3.2) with the tenant's LiveKit API secret; <c>iss</c> is the API key, <c>sub</c>
/// the participant identity, and the <c>video</c> grant joins one room with publish,
/// subscribe and data rights.
/// <code>
///   base64url({"alg":"HS256","typ":"JWT"}) . base64url(claims) . base64url(HMAC-SHA256(secret, header.claims))
/// </code>
/// </summary>
public static class LiveKitToken
{
    public static string Create(string apiKey, string apiSecret, string identity, string room, DateTimeOffset now, TimeSpan ttl, string metadata)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(apiSecret);
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        var claims = new JsonObject
        {
            ["iss"] = apiKey,
            ["sub"] = identity,
            ["name"] = "Caller",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + ttl).ToUnixTimeSeconds(),
            ["jti"] = identity,
            ["metadata"] = metadata,
            ["video"] = new JsonObject
            {
                ["room"] = room,
                ["roomJoin"] = true,
                ["canPublish"] = true,
                ["canSubscribe"] = true,
                ["canPublishData"] = true,
            },
        };
        var signingInput = $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString(WireJson.Options)))}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString(WireJson.Options)))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
