using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Contracts.Tests;

/// <summary>FsCheck properties over random JSON instances: the validator is total and its verdicts are consistent.</summary>
public sealed class SchemaValidatorPropertyTests
{
    private static readonly string[] s_schemas =
    [
        """{}""",
        """{"type":"string","minLength":1,"pattern":"^[a-z]+$"}""",
        """{"type":"object","required":["a"],"properties":{"a":{"type":"integer","minimum":0}},"additionalProperties":false}""",
        """{"oneOf":[{"type":"string"},{"type":"integer"},{"type":"object","required":["x"]}]}""",
        """{"type":"array","items":{"anyOf":[{"type":"null"},{"type":"boolean"}]},"uniqueItems":true}""",
        """{"type":["number","null"],"maximum":10,"multipleOf":0.5}""",
        """{"not":{"type":"object"},"if":{"type":"string"},"then":{"format":"date-time"}}""",
    ];

    private static readonly SchemaValidator s_validator = new();

    [Fact]
    public void Validate_RandomInstances_NeverThrowsAndIsDeterministic()
    {
        var schemas = s_schemas.Select(s => Schemas.From(s)).ToArray();
        var arbitrary = Arb.From(Gen.Choose(0, int.MaxValue));
        var property = Prop.ForAll(arbitrary, seed =>
        {
            var instance = RandomJson.Create(new Random(seed), depth: 0);
            foreach (var schema in schemas)
            {
                var first = s_validator.Validate(instance, schema);
                var second = s_validator.Validate(instance?.DeepClone(), schema);
                if (!first.SequenceEqual(second))
                {
                    return false;
                }
            }

            return true;
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void EmptySchema_AcceptsEveryInstance()
    {
        var empty = Schemas.From("{}");
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            s_validator.Validate(RandomJson.Create(new Random(seed), 0), empty).Count == 0);
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void StringSchema_RejectsExactlyTheNonStrings()
    {
        var stringSchema = Schemas.From("""{"type":"string"}""");
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var instance = RandomJson.Create(new Random(seed), 0);
            var isString = instance is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String;
            return s_validator.IsValid(instance, stringSchema) == isString;
        });
        Check.QuickThrowOnFailure(property);
    }

    private static class RandomJson
    {
        public static JsonNode? Create(Random random, int depth)
        {
            var choice = random.Next(depth > 3 ? 5 : 7);
            return choice switch
            {
                0 => null,
                1 => JsonValue.Create(random.Next(2) == 0),
                2 => JsonValue.Create(random.Next(-1000, 1000)),
                3 => JsonValue.Create(Math.Round((random.NextDouble() - 0.5) * 100, random.Next(4))),
                4 => JsonValue.Create(RandomString(random)),
                5 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Create(random, depth + 1))]),
                _ => Object(random, depth),
            };
        }

        private static JsonObject Object(Random random, int depth)
        {
            var obj = new JsonObject();
            for (var i = random.Next(4); i > 0; i--)
            {
                obj[RandomString(random)] = Create(random, depth + 1);
            }

            return obj;
        }

        private static string RandomString(Random random)
        {
            const string alphabet = "abcxyzAZ09_-:T. \u00e9\ud83d\ude00";
            var length = random.Next(6);
            return new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        }
    }
}
