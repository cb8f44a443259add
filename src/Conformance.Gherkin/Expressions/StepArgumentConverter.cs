using System.Globalization;
using System.Numerics;

namespace Conformance.Gherkin.Expressions;

/// <summary>Text to the CLR types step methods commonly take, culture-invariant.</summary>
public static class StepArgumentConverter
{
    public static bool CanConvert(Type target)
    {
        target = Nullable.GetUnderlyingType(target) ?? target;
        return target == typeof(string) || target == typeof(object) || target.IsEnum || target.IsPrimitive
            || target == typeof(decimal) || target == typeof(BigInteger) || target == typeof(Guid) || target == typeof(TimeSpan)
            || target == typeof(Uri) || target == typeof(DateTimeOffset);
    }

    /// <exception cref="FormatException">The text is not a value of the type.</exception>
    public static object? Convert(string? text, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var underlying = Nullable.GetUnderlyingType(target);
        if (text is null)
        {
            return target.IsValueType && underlying is null ? throw new FormatException($"no text to make a {target.Name} from") : null;
        }

        target = underlying ?? target;
        var c = CultureInfo.InvariantCulture;
        try
        {
            return target switch
            {
                _ when target == typeof(string) || target == typeof(object) => text,
                _ when target.IsEnum => Enum.Parse(target, text, ignoreCase: true),
                _ when target == typeof(int) => int.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(long) => long.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(short) => short.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(byte) => byte.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(sbyte) => sbyte.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(uint) => uint.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(ulong) => ulong.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(ushort) => ushort.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(BigInteger) => BigInteger.Parse(text, NumberStyles.Integer, c),
                _ when target == typeof(double) => double.Parse(text, NumberStyles.Float, c),
                _ when target == typeof(float) => float.Parse(text, NumberStyles.Float, c),
                _ when target == typeof(decimal) => decimal.Parse(text, NumberStyles.Float, c),
                _ when target == typeof(bool) => bool.Parse(text),
                _ when target == typeof(char) => text.Length == 1 ? text[0] : throw new FormatException("not a single character"),
                _ when target == typeof(Guid) => Guid.Parse(text, c),
                _ when target == typeof(TimeSpan) => TimeSpan.Parse(text, c),
                _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, c, DateTimeStyles.AssumeUniversal),
                _ when target == typeof(Uri) => new Uri(text, UriKind.RelativeOrAbsolute),
                _ => throw new FormatException($"no conversion from text to {target.Name}; define a parameter type for it"),
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            throw new FormatException($"'{text}' is not a {target.Name}: {e.Message}", e);
        }
    }
}
