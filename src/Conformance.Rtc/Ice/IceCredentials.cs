using System.Security.Cryptography;
using System.Text;

namespace Conformance.Rtc.Ice;

/// <summary>
/// ice-ufrag / ice-pwd (RFC 8839 §5.4): ufrag ≥ 4 and pwd ≥ 22 ice-chars (ALPHA / DIGIT / "+" / "/").
/// </summary>
public sealed record IceCredentials(string UserFragment, string Password)
{
    private const string IceChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public byte[] PasswordBytes { get; } = Encoding.UTF8.GetBytes(Password);

    public static IceCredentials NewRandom() => new(RandomIceString(8), RandomIceString(24));

    public static bool IsValidUserFragment(string? value) => value is { Length: >= 4 and <= 256 } && value.All(IceChars.Contains);

    public static bool IsValidPassword(string? value) => value is { Length: >= 22 and <= 256 } && value.All(IceChars.Contains);

    private static string RandomIceString(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = IceChars[RandomNumberGenerator.GetInt32(IceChars.Length)];
            }
        });
}
