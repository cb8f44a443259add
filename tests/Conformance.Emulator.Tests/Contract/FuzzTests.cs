using System.Text;
using System.Text.Json.Nodes;
using Conformance.Contracts;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// Junk at every endpoint: invalid UTF-8, truncated and mistyped JSON, wrong top-level types,
/// huge strings, deep nesting, wrong content types, junk query strings. No request may earn a
/// 5xx, and every answer must be a response the contract documents, in the surface's shape.
/// Seeded, so a failure reproduces.
/// </summary>
public sealed class FuzzTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const int RandomCasesPerOperation = 6;

    public static TheoryData<string> OperationIds() =>
        // Reset would wipe the fixture mid-run; the SSE stream is fuzzed by EverrunsSseTests (it never ends on a good query).
        [.. OpenApi.Document.Operations.Where(o => o.OperationId is not ("emulatorReset" or "stream_sse")).Select(o => o.OperationId!)];

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task JunkRequests_NeverA5xx_AlwaysADocumentedResponse(string operationId)
    {
        var operation = OpenApi.Document.FindOperationById(operationId)!;
        var tenant = await TestTenant.CreateAsync(fixture.Client);
        var scenarios = new Scenarios(fixture.Client, tenant);
        var random = new Random(operationId.Aggregate(17, (h, c) => (h * 31) + c));
        var failures = new List<string>();
        foreach (var (label, content, query) in Cases(operation, random))
        {
            var path = await scenarios.PathAsync(operation) + query;
            var response = await fixture.Client.SendAsync(new HttpMethod(operation.Method), path, content(), scenarios.AuthFor(operation));
            var violations = ContractValidator.Shared.ValidateResponse(operation, response.ToContract());
            var allowedServerError = response.Status == 501 && operation.ResponseFor(501) is not null;
            if ((response.Status >= 500 && !allowedServerError) || violations.Count > 0)
            {
                failures.Add($"[{label}] {operation.Method} {path} → {response}\n    {string.Join("\n    ", violations)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<(string Label, Func<HttpContent?> Content, string Query)> Cases(ContractOperation operation, Random random)
    {
        var json = operation.RequestContent.FirstOrDefault(c => MediaTypes.IsJson(c.MediaType));
        var example = json is { Examples.Count: > 0 } ? json.Examples[0].Value as JsonObject : null;
        yield return ("junk query", () => null, "?" + JunkQuery(random));
        if (operation.Method == "GET")
        {
            for (var i = 0; i < RandomCasesPerOperation; i++)
            {
                yield return ($"junk query {i}", () => null, "?" + JunkQuery(random));
            }

            yield break;
        }

        yield return ("invalid utf-8", () => Bytes([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3]), string.Empty);
        yield return ("empty json", () => Text(string.Empty, "application/json"), string.Empty);
        yield return ("top-level array", () => Text("[1,2,3]", "application/json"), string.Empty);
        yield return ("top-level string", () => Text("\"hi\"", "application/json"), string.Empty);
        yield return ("deep nesting", () => Text(new string('[', 200) + new string(']', 200), "application/json"), string.Empty);
        yield return ("xml", () => Text("<call><agentId>x</agentId></call>", "application/xml"), string.Empty);
        yield return ("multipart garbage", () => Text("--b\r\nContent-Disposition: form-data; name=\"sdp\"\r\n\r\nv=0", "multipart/form-data; boundary=b"), string.Empty);
        yield return ("huge field", () => Text($"{{\"sdp\":\"{new string('a', 200_000)}\",\"agentId\":\"{new string('b', 100_000)}\"}}", "application/json"), string.Empty);
        yield return ("duplicate keys", () => Text("""{"a":1,"a":2}""", "application/json"), string.Empty);
        if (example is null)
        {
            yield break;
        }

        var text = example.ToJsonString();
        yield return ("truncated example", () => Text(text[..(text.Length / 2)], "application/json"), string.Empty);
        foreach (var field in example.Select(p => p.Key).ToArray())
        {
            foreach (var (kind, junk) in JunkValues(random))
            {
                var mutated = (JsonObject)example.DeepClone();
                mutated[field] = junk?.DeepClone();
                var body = mutated.ToJsonString();
                yield return ($"{field} = {kind}", () => Text(body, "application/json"), string.Empty);
            }
        }

        for (var i = 0; i < RandomCasesPerOperation; i++)
        {
            var mutated = RandomObject(random, 0);
            var body = mutated.ToJsonString();
            yield return ($"random object {i}", () => Text(body, "application/json"), string.Empty);
        }
    }

    private static IEnumerable<(string Kind, JsonNode? Value)> JunkValues(Random random)
    {
        yield return ("null", null);
        yield return ("number", JsonValue.Create(random.Next(-1_000_000, 1_000_000)));
        yield return ("float", JsonValue.Create(1e300));
        yield return ("string", JsonValue.Create("😀\u0000' OR 1=1 --"));
        yield return ("bool", JsonValue.Create(true));
        yield return ("array", new JsonArray(1, "two", null));
        yield return ("object", new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray() } });
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var keys = new[] { "agentId", "sdp", "orgId", "sid", "agent", "session", "type", "voice", "language", "systemPrompt", "agent_id", "surface", "name", "state", "seconds", "x" };
        var obj = new JsonObject();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            obj[keys[random.Next(keys.Length)]] = random.Next(6) switch
            {
                0 => null,
                1 => JsonValue.Create(random.Next()),
                2 => JsonValue.Create(new string((char)random.Next(32, 127), random.Next(0, 40))),
                3 => JsonValue.Create(random.Next(2) == 0),
                4 when depth < 3 => RandomObject(random, depth + 1),
                _ => new JsonArray(JsonValue.Create(random.NextDouble())),
            };
        }

        return obj;
    }

    private static string JunkQuery(Random random)
    {
        var parts = new[] { "pageSize=-1", "limit=abc", "cursor=%%%", "input=%7B", "since_id=event_zz", "types=x", "startDate=2026-13-45", "status=" + Uri.EscapeDataString("\u0000"), "call_id=rtc_" + random.Next(), "surface=nope", "isActive=perhaps", "offset=99999999999", "actual_duration_seconds=-5" };
        return string.Join('&', parts.OrderBy(_ => random.Next()).Take(4));
    }

    private static StringContent Text(string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
