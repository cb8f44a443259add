using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>GET /voices (filters, sort, offset paging, grouping by language) and GET /languages.</summary>
public static class OmniaCatalogHandlers
{
    public static IResult Voices(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        var limit = Int(query["limit"], "limit", 1, 200, 100, errors);
        var offset = Int(query["offset"], "offset", 0, int.MaxValue, 0, errors);
        var sortBy = Enum(query["sortBy"], "sortBy", ["name", "languageCode"], "languageCode", errors);
        var sortDir = Enum(query["sortDir"], "sortDir", ["asc", "desc"], "asc", errors);
        var isActive = Bool(query["isActive"], "isActive", errors) ?? true;
        if (errors.Count > 0)
        {
            throw new ApiErrorException(OmniaErrors.Fields(errors));
        }

        var language = query["languageCode"].ToString();
        var search = query["search"].ToString();
        var matching = OmniaCatalog.Voices
            .Where(_ => isActive)
            .Where(v => language.Length == 0 || string.Equals(v.LanguageCode, language, StringComparison.OrdinalIgnoreCase))
            .Where(v => search.Length == 0 || v.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        matching = sortBy == "name" ? matching.OrderBy(v => v.Name, StringComparer.Ordinal) : matching.OrderBy(v => v.LanguageCode, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal);
        var all = sortDir == "desc" ? matching.Reverse().ToArray() : matching.ToArray();
        var page = all.Skip(offset).Take(limit).ToArray();
        var grouped = new JsonObject();
        foreach (var group in page.GroupBy(v => v.LanguageCode))
        {
            grouped[group.Key] = new JsonArray([.. group.Select(v => (JsonNode)OmniaJson.Voice(v))]);
        }

        return SurfaceResult.Ok(new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(v => (JsonNode)OmniaJson.Voice(v))]),
            ["groupedByLanguage"] = grouped,
            ["total"] = all.Length,
            ["pagination"] = new JsonObject { ["limit"] = limit, ["offset"] = offset, ["returned"] = page.Length, ["total"] = all.Length },
        });
    }

    public static IResult Languages(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var errors = new List<FieldError>();
        var isActive = Bool(http.Request.Query["isActive"], "isActive", errors);
        if (errors.Count > 0)
        {
            throw new ApiErrorException(OmniaErrors.Fields(errors));
        }

        var languages = isActive == false ? [] : OmniaCatalog.Languages;
        return SurfaceResult.Ok(new JsonObject
        {
            ["data"] = new JsonArray([.. languages.Select(l => (JsonNode)OmniaJson.Language(l))]),
            ["total"] = languages.Count,
        });
    }

    private static int Int(string? text, string name, int min, int max, int fallback, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, $"{name} must be an integer from {min} to {max}"));
            return fallback;
        }

        return value;
    }

    private static string Enum(string? text, string name, string[] allowed, string fallback, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!allowed.Contains(text))
        {
            errors.Add(new FieldError(["query", name], FieldErrorKind.NotInEnum, $"{name} must be one of {string.Join(", ", allowed)}"));
            return fallback;
        }

        return text;
    }

    private static bool? Bool(string? text, string name, List<FieldError> errors) => text switch
    {
        null or "" => null,
        "true" => true,
        "false" => false,
        _ => Fail(errors, name),
    };

    private static bool? Fail(List<FieldError> errors, string name)
    {
        errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, $"{name} must be true or false"));
        return null;
    }
}
