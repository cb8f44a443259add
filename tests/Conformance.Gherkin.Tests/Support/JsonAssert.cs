using System.Text.Json.Nodes;

namespace Conformance.Gherkin.Tests.Support;

/// <summary>Compares JSON by meaning (key order does not matter) and names the first difference.</summary>
internal static class JsonAssert
{
    public static void Equal(JsonNode? expected, JsonNode? actual, string context)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        var path = FirstDifference(expected, actual, "$") ?? "$";
        Assert.Fail($"{context}: JSON differs at {path}\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        return $"{path}.{key} (expected {(e.ContainsKey(key) ? "present" : "absent")}, actual {(a.ContainsKey(key) ? "present" : "absent")}): expected {e[key]?.ToJsonString()}, actual {a[key]?.ToJsonString()}";
                    }

                    if (!JsonNode.DeepEquals(e[key], a[key]))
                    {
                        return FirstDifference(e[key], a[key], $"{path}.{key}");
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= e.Count || i >= a.Count)
                    {
                        return $"{path} (length expected {e.Count}, actual {a.Count})";
                    }

                    if (!JsonNode.DeepEquals(e[i], a[i]))
                    {
                        return FirstDifference(e[i], a[i], $"{path}[{i}]");
                    }
                }

                return null;
            default:
                return $"{path}: expected {expected?.ToJsonString()}, actual {actual?.ToJsonString()}";
        }
    }
}
