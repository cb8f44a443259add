using System.Text.Json.Nodes;

namespace Conformance.Contracts.Tests;

public sealed class SchemaValidatorTests
{
    private readonly SchemaValidator _validator = new();

    private IReadOnlyList<Violation> Check(string schema, string instance, string? components = null) =>
        _validator.Validate(JsonNode.Parse(instance), Schemas.From(schema, components));

    [Theory]
    [InlineData("""{"type":"string"}""", "\"x\"")]
    [InlineData("""{"type":"integer"}""", "3")]
    [InlineData("""{"type":"integer"}""", "3.0")] // 2020-12 §6.1.1: a number with a zero fractional part is an integer
    [InlineData("""{"type":"number"}""", "3")]
    [InlineData("""{"type":["string","null"]}""", "null")]
    [InlineData("""{"type":"boolean"}""", "false")]
    [InlineData("""{"type":"array"}""", "[]")]
    [InlineData("""{"type":"object"}""", "{}")]
    [InlineData("""{}""", "{\"anything\":[1,2,{}]}")]
    public void Type_MatchingInstance_NoViolations(string schema, string instance) =>
        Assert.Empty(Check(schema, instance));

    [Theory]
    [InlineData("""{"type":"string"}""", "3")]
    [InlineData("""{"type":"integer"}""", "3.5")]
    [InlineData("""{"type":"string"}""", "null")]
    [InlineData("""{"type":"object"}""", "[]")]
    [InlineData("""{"type":["string","integer"]}""", "true")]
    public void Type_WrongInstance_TypeMismatch(string schema, string instance)
    {
        var violation = Assert.Single(Check(schema, instance));
        Assert.Equal(ViolationCode.TypeMismatch, violation.Code);
        Assert.Equal("$", violation.Location);
    }

    [Fact]
    public void Object_MissingRequiredAndWrongNestedType_ReportsEveryViolationWithPaths()
    {
        var violations = Check(
            """{"type":"object","required":["id","status"],"properties":{"id":{"type":"string"},"nested":{"type":"object","properties":{"n":{"type":"integer","minimum":1}}}}}""",
            """{"id":5,"nested":{"n":0}}""");

        Assert.Contains(violations, v => v is { Code: ViolationCode.RequiredPropertyMissing, Location: "$.status" });
        Assert.Contains(violations, v => v is { Code: ViolationCode.TypeMismatch, Location: "$.id" });
        Assert.Contains(violations, v => v is { Code: ViolationCode.NumberBelowMinimum, Location: "$.nested.n" });
        Assert.Equal(3, violations.Count);
    }

    [Fact]
    public void AdditionalPropertiesFalse_ExtraProperty_Rejected()
    {
        var violation = Assert.Single(Check("""{"type":"object","properties":{"a":{}},"additionalProperties":false}""", """{"a":1,"b-c":2}"""));
        Assert.Equal(ViolationCode.AdditionalPropertyNotAllowed, violation.Code);
        Assert.Equal("$['b-c']", violation.Location);
    }

    [Fact]
    public void AdditionalPropertiesSchema_ValuesValidated()
    {
        var violations = Check("""{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"}]}}""", """{"a":"x","b":1,"c":{"nested":true}}""");
        var violation = Assert.Single(violations);
        Assert.Equal(ViolationCode.AnyOfNoMatch, violation.Code);
        Assert.Equal("$.c", violation.Location);
    }

    [Theory]
    [InlineData("\"low\"", true)]
    [InlineData("\"xhigh\"", false)]
    [InlineData("null", false)]
    public void Enum_ValueOutsideSet_EnumMismatch(string instance, bool valid)
    {
        var violations = Check("""{"type":"string","enum":["low","medium","high"]}""", instance);
        Assert.Equal(valid, violations.Count == 0);
        if (!valid)
        {
            Assert.Contains(violations, v => v.Code is ViolationCode.EnumMismatch);
        }
    }

    [Theory]
    [InlineData("""{"const":"realtime"}""", "\"realtime\"", true)]
    [InlineData("""{"const":"realtime"}""", "\"transcription\"", false)]
    [InlineData("""{"const":5}""", "5", true)]
    [InlineData("""{"const":5}""", "6", false)]
    public void Const_ComparesValue(string schema, string instance, bool valid) =>
        Assert.Equal(valid, Check(schema, instance).Count == 0);

    [Theory]
    [InlineData("\"abc\"", 0)]
    [InlineData("\"ab\"", 1)]
    [InlineData("\"abcdef\"", 1)]
    [InlineData("\"a😀c\"", 0)] // code points, not UTF-16 units: 3 characters
    public void StringLength_Bounds(string instance, int expected) =>
        Assert.Equal(expected, Check("""{"type":"string","minLength":3,"maxLength":5}""", instance).Count);

    [Theory]
    [InlineData("\"session_0123456789abcdef0123456789abcdef\"", true)]
    [InlineData("\"session_0123456789ABCDEF0123456789ABCDEF\"", false)]
    [InlineData("\"session_123\"", false)]
    public void Pattern_PrefixedId(string instance, bool valid) =>
        Assert.Equal(valid, Check("""{"type":"string","pattern":"^session_[0-9a-f]{32}$"}""", instance).Count == 0);

    [Theory]
    [InlineData("date-time", "\"2026-04-15T12:00:00Z\"", true)]
    [InlineData("date-time", "\"2026-04-15T12:00:00.123+02:00\"", true)]
    [InlineData("date-time", "\"2026-04-15 12:00:00\"", false)]
    [InlineData("date-time", "\"2026-13-15T12:00:00Z\"", false)]
    [InlineData("date-time", "\"2026-04-15T12:00:00\"", false)] // RFC 3339 requires an offset
    [InlineData("uri", "\"wss://127.0.0.1:8080/omnia/ws/abc\"", true)]
    [InlineData("uri", "\"/relative\"", false)]
    [InlineData("uuid", "\"550e8400-e29b-41d4-a716-446655440000\"", true)]
    [InlineData("uuid", "\"550e8400\"", false)]
    [InlineData("int32", "2147483648", false)]
    [InlineData("int64", "2147483648", true)]
    [InlineData("made-up-format", "\"anything\"", true)]
    public void Format_Assertions(string format, string instance, bool valid)
    {
        var type = instance.StartsWith('"') ? "string" : "integer";
        Assert.Equal(valid, Check($$"""{"type":"{{type}}","format":"{{format}}"}""", instance).Count == 0);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 0)]
    [InlineData("-0.1", 1)]
    [InlineData("1.01", 1)]
    public void NumberBounds_Inclusive(string instance, int expected) =>
        Assert.Equal(expected, Check("""{"type":"number","minimum":0,"maximum":1}""", instance).Count);

    [Theory]
    [InlineData("10", 1)]
    [InlineData("11", 0)]
    [InlineData("300", 1)]
    public void NumberBounds_Exclusive(string instance, int expected) =>
        Assert.Equal(expected, Check("""{"type":"integer","exclusiveMinimum":10,"exclusiveMaximum":300}""", instance).Count);

    [Fact]
    public void MultipleOf_Decimal_ExactArithmetic()
    {
        Assert.Empty(Check("""{"type":"number","multipleOf":0.01}""", "0.07"));
        Assert.Single(Check("""{"type":"number","multipleOf":0.01}""", "0.075"));
    }

    [Fact]
    public void Array_ItemsBoundsAndUniqueness()
    {
        var violations = Check("""{"type":"array","items":{"type":"integer"},"minItems":2,"maxItems":3,"uniqueItems":true}""", """[1,"2",1,4]""");
        Assert.Contains(violations, v => v is { Code: ViolationCode.TooManyItems });
        Assert.Contains(violations, v => v is { Code: ViolationCode.TypeMismatch, Location: "$[1]" });
        Assert.Contains(violations, v => v is { Code: ViolationCode.ItemsNotUnique, Location: "$[2]" });
    }

    [Fact]
    public void OneOf_TwoBranchesMatch_Rejected()
    {
        var violation = Assert.Single(Check("""{"oneOf":[{"type":"integer"},{"type":"number"}]}""", "3"));
        Assert.Equal(ViolationCode.OneOfMultipleMatch, violation.Code);
    }

    [Fact]
    public void OneOf_NoBranchMatches_ReportsClosest()
    {
        var violation = Assert.Single(Check(
            """{"oneOf":[{"type":"object","required":["toolId"]},{"type":"object","required":["toolName"]}]}""",
            """{"temporaryTool":{}}"""));
        Assert.Equal(ViolationCode.OneOfNoMatch, violation.Code);
        Assert.Contains("closest", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllOf_EveryPartApplies()
    {
        var violations = Check("""{"allOf":[{"required":["a"]},{"required":["b"]}]}""", """{"a":1}""");
        Assert.Equal(ViolationCode.RequiredPropertyMissing, Assert.Single(violations).Code);
    }

    [Fact]
    public void Not_MatchingInstance_Rejected() =>
        Assert.Equal(ViolationCode.NotSchemaMatched, Assert.Single(Check("""{"not":{"type":"null"}}""", "null")).Code);

    [Fact]
    public void IfThenElse_ConditionalRequirement()
    {
        const string schema = """{"type":"object","if":{"properties":{"connectionType":{"const":"websocket"}},"required":["connectionType"]},"then":{"required":["websocket"]}}""";
        Assert.NotEmpty(Check(schema, """{"connectionType":"websocket"}"""));
        Assert.Empty(Check(schema, """{"connectionType":"twilio"}"""));
        Assert.Empty(Check(schema, """{"connectionType":"websocket","websocket":{}}"""));
    }

    [Fact]
    public void DependentRequired_MissingCompanion()
    {
        var violation = Assert.Single(Check("""{"type":"object","dependentRequired":{"inactivityAction":["inactivityTimeout"]}}""", """{"inactivityAction":"prompt"}"""));
        Assert.Equal(ViolationCode.DependentPropertyMissing, violation.Code);
    }

    [Fact]
    public void UnevaluatedPropertiesFalse_SeesThroughAllOf()
    {
        const string schema = """{"allOf":[{"properties":{"a":{}}}],"properties":{"b":{}},"unevaluatedProperties":false}""";
        Assert.Empty(Check(schema, """{"a":1,"b":2}"""));
        var violation = Assert.Single(Check(schema, """{"a":1,"c":3}"""));
        Assert.Equal(ViolationCode.UnevaluatedPropertyNotAllowed, violation.Code);
        Assert.Equal("$.c", violation.Location);
    }

    [Fact]
    public void Reference_RecursiveSchema_ValidatesNestedLevels()
    {
        var violations = Check(
            """{"$ref":"#/components/schemas/Node"}""",
            """{"name":"root","children":[{"name":"a","children":[{"name":7}]}]}""",
            """ "Node": {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}} """);
        var violation = Assert.Single(violations);
        Assert.Equal("$.children[0].children[0].name", violation.Location);
    }

    [Fact]
    public void Reference_Unresolved_IsViolationNotException()
    {
        var violation = Assert.Single(Check("""{"$ref":"#/components/schemas/Missing"}""", "{}"));
        Assert.Equal(ViolationCode.UnresolvedReference, violation.Code);
    }

    [Fact]
    public void Reference_Chained_AssertsTheFinalTargetsKeywords()
    {
        var violations = Check(
            """{"$ref":"#/components/schemas/Alias"}""",
            """{"id":5}""",
            """ "Alias": {"$ref":"#/components/schemas/Thing"}, "Thing": {"type":"object","required":["id","name"],"properties":{"id":{"type":"string"}}} """);
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Code == ViolationCode.RequiredPropertyMissing && v.Location == "$.name");
        Assert.Contains(violations, v => v.Code == ViolationCode.TypeMismatch && v.Location == "$.id");
    }

    [Fact]
    public void Reference_CycleWithoutProgress_StopsWithSchemaTooDeep()
    {
        var violations = Check("""{"$ref":"#/components/schemas/Loop"}""", "{}", """ "Loop": {"allOf":[{"$ref":"#/components/schemas/Loop"}]} """);
        Assert.Contains(violations, v => v.Code == ViolationCode.SchemaTooDeep);
    }

    [Fact]
    public void PropertyNames_Pattern()
    {
        var violation = Assert.Single(Check("""{"type":"object","propertyNames":{"pattern":"^[a-z_]+$"}}""", """{"ok_name":1,"Bad":2}"""));
        Assert.Equal(ViolationCode.PropertyNameInvalid, violation.Code);
    }

    [Fact]
    public void Contains_MinContains()
    {
        Assert.Single(Check("""{"type":"array","contains":{"const":"audio"},"minContains":1}""", """["text"]"""));
        Assert.Empty(Check("""{"type":"array","contains":{"const":"audio"}}""", """["text","audio"]"""));
    }

    [Fact]
    public void OpenApi30Nullable_IsHonouredAfterConversion()
    {
        var document = ContractDocument.Parse("""
            {"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},
             "components":{"schemas":{"S":{"type":"string","nullable":true}}}}
            """);
        var schema = document.Model.Components!.Schemas!["S"];
        Assert.True(_validator.IsValid(null, schema));
        Assert.False(_validator.IsValid(JsonValue.Create(3), schema));
    }
}
