using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests;

/// <summary>Shared FsCheck generators: JSON-hostile text, payload bytes and byte-level mutations.</summary>
internal static class Generators
{
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>Strings with quotes, backslashes, control characters and non-ASCII runes.</summary>
    public static Gen<string> JsonText { get; } =
        Gen.ArrayOf(Gen.Elements('a', 'Z', '0', '"', '\\', '/', '\n', '\u0001', '\u001f', ' ', 'é', '€', ':', '{'))
            .Select(chars => new string(chars));

    public static Gen<byte[]> Bytes(int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select bytes;

    /// <summary>
    /// A seed message with one to four byte-level edits: flip, delete, insert a JSON-significant
    /// byte, or truncate.
    /// </summary>
    public static Gen<byte[]> Mutations(IReadOnlyList<byte[]> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements((byte)'"', (byte)'{', (byte)'}', (byte)',', (byte)':', (byte)'0', (byte)0xFF, (byte)'\\'))), 4)
        select Apply(seed, edits);

    private static byte[] Apply(byte[] seed, IEnumerable<(int Kind, (int Position, byte Value) Edit)> edits)
    {
        var bytes = seed.ToList();
        foreach (var (kind, (position, value)) in edits)
        {
            if (bytes.Count == 0)
            {
                break;
            }

            var at = position % bytes.Count;
            switch (kind)
            {
                case 0: bytes[at] = value; break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, value); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }

        return [.. bytes];
    }
}
