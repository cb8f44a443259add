using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>
/// Parses the configuration tree (from JSON or YAML) into <see cref="EmulatorConfig"/>,
/// collecting every invalid field. The control plane parses tenants and agents with the same
/// code, so a config file and <c>POST /_emulator/tenants</c> accept exactly the same shape.
/// </summary>
public static class ConfigParser
{
    public const string NamePattern = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$";
    public const string KeyPattern = "^[A-Za-z0-9_.:-]{8,256}$";

    public static EmulatorConfig Parse(JsonObject root, out IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(root);
        var reader = new FieldReader(root);
        reader.RejectUnknown(["tenants", "deviations", "leases", "personasDirectory", "numberPlan"]);
        var tenants = new List<TenantConfig>();
        if (reader.ReadArray("tenants") is { } tenantArray)
        {
            for (var i = 0; i < tenantArray.Count; i++)
            {
                if (Item(reader, tenantArray, i, "tenants") is { } item)
                {
                    tenants.Add(Tenant(item));
                }
            }
        }

        var deviations = new List<DeviationConfig>();
        if (reader.ReadArray("deviations") is { } deviationArray)
        {
            for (var i = 0; i < deviationArray.Count; i++)
            {
                if (Item(reader, deviationArray, i, "deviations") is { } item)
                {
                    deviations.Add(Deviation(item));
                }
            }
        }

        var leases = new LeaseSettings();
        if (reader.ReadObject("leases") is { } leaseObject)
        {
            var l = reader.Nested("leases", leaseObject);
            l.RejectUnknown(["everrunsVoiceSeconds", "omniaSocketSeconds", "voiceAiTokenSeconds", "retainedEndedCallsPerTenant"]);
            leases = new LeaseSettings
            {
                EverrunsVoiceSeconds = (int?)l.ReadInteger("everrunsVoiceSeconds", 1, 86_400) ?? leases.EverrunsVoiceSeconds,
                OmniaSocketSeconds = (int?)l.ReadInteger("omniaSocketSeconds", 1, 86_400) ?? leases.OmniaSocketSeconds,
                VoiceAiTokenSeconds = (int?)l.ReadInteger("voiceAiTokenSeconds", 61, 86_400) ?? leases.VoiceAiTokenSeconds,
                RetainedEndedCallsPerTenant = (int?)l.ReadInteger("retainedEndedCallsPerTenant", 0, 1_000_000) ?? leases.RetainedEndedCallsPerTenant,
            };
        }

        var personas = reader.ReadString("personasDirectory", minLength: 1);
        var ids = tenants.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        foreach (var duplicate in ids)
        {
            reader.Fail("tenants", FieldErrorKind.Conflict, $"tenant id '{duplicate}' appears more than once");
        }

        errors = reader.Errors;
        var numbers = new List<Calls.Numbers.CalleeEndpoint>();
        if (reader.ReadArray("numberPlan") is { } numberArray)
        {
            for (var i = 0; i < numberArray.Count; i++)
            {
                if (Item(reader, numberArray, i, "numberPlan") is { } item && Calls.Numbers.NumberPlanParser.Parse(item, number: null) is { } endpoint)
                {
                    numbers.Add(endpoint);
                }
            }
        }

        return new EmulatorConfig { Tenants = tenants, Deviations = deviations, Leases = leases, PersonasDirectory = personas, NumberPlan = numbers };
    }

    /// <summary>One tenant object (config <c>tenants[]</c>, or the body of <c>POST /_emulator/tenants</c>).</summary>
    public static TenantConfig Tenant(FieldReader t)
    {
        ArgumentNullException.ThrowIfNull(t);
        t.RejectUnknown(["id", "name", "voiceEnabled", "everrunsOrgId", "clutchcallOrgId", "livekit", "keys", "providers", "agents", "numbers", "trunks", "withDefaults"]);
        var id = t.ReadString("id", required: true, pattern: NamePattern) ?? "invalid";
        LiveKitCredentials? livekit = null;
        if (t.ReadObject("livekit") is { } lk)
        {
            var l = t.Nested("livekit", lk);
            l.RejectUnknown(["apiKey", "apiSecret"]);
            var apiKey = l.ReadString("apiKey", required: true, minLength: 1, maxLength: 256);
            var apiSecret = l.ReadString("apiSecret", required: true, minLength: 32, maxLength: 512);
            livekit = apiKey is not null && apiSecret is not null ? new LiveKitCredentials(apiKey, apiSecret) : null;
        }

        // withDefaults: start from the default tenant's agents, numbers and trunks (CTL-CFG-003).
        var defaults = t.ReadBoolean("withDefaults") == true ? DefaultSeed.Tenant(id) : null;
        return new TenantConfig
        {
            Id = id,
            Name = t.ReadString("name", maxLength: 200),
            VoiceEnabled = t.ReadBoolean("voiceEnabled") ?? true,
            EverrunsOrgId = Prefixed(t, "everrunsOrgId", "org"),
            ClutchCallOrgId = t.ReadString("clutchcallOrgId", pattern: NamePattern) ?? "org_abc",
            LiveKit = livekit,
            Keys = Items(t, "keys", Key),
            Providers = t.Has("providers") ? Items(t, "providers", Provider) : null,
            Agents = [.. defaults?.Agents ?? [], .. Items(t, "agents", Agent)],
            Numbers = [.. defaults?.Numbers ?? [], .. Items(t, "numbers", Number)],
            Trunks = [.. defaults?.Trunks ?? [], .. Strings(t, "trunks")],
        };
    }

    public static KeyConfig Key(FieldReader k)
    {
        ArgumentNullException.ThrowIfNull(k);
        k.RejectUnknown(["surface", "key", "credits", "rateLimit"]);
        var surface = VendorSurface(k, "surface", required: true) ?? Surface.Everruns;
        return new KeyConfig(surface, k.ReadString("key", pattern: KeyPattern), (decimal?)k.ReadNumber("credits", 0, 1e12), RateLimitOf(k));
    }

    public static RateLimit? RateLimitOf(FieldReader k)
    {
        ArgumentNullException.ThrowIfNull(k);
        if (k.ReadObject("rateLimit") is not { } rl)
        {
            return null;
        }

        var r = k.Nested("rateLimit", rl);
        r.RejectUnknown(["limit", "windowSeconds"]);
        var limit = r.ReadInteger("limit", 0, 1_000_000, required: true);
        var window = r.ReadInteger("windowSeconds", 1, 86_400, required: true);
        return limit is null || window is null ? null : new RateLimit((int)limit, (int)window);
    }

    public static AgentSeed Agent(FieldReader a)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.RejectUnknown(["surface", "id", "name", "description", "status", "persona", "turn", "config"]);
        var surface = VendorSurface(a, "surface", required: true) ?? Surface.Omnia;
        if (surface == Surface.OpenAI)
        {
            a.Fail("surface", FieldErrorKind.Invalid, "the OpenAI surface has no agent registry");
        }

        var id = surface == Surface.Everruns ? Prefixed(a, "id", "agent") : a.ReadString("id", pattern: NamePattern);
        var status = a.ReadEnum("status", StatusesOf(surface));
        var knobs = new TurnKnobs();
        if (a.ReadObject("turn") is { } turn)
        {
            knobs = TurnKnobsParser.Parse(a.Nested("turn", turn), full: true);
        }

        return new AgentSeed(
            surface,
            id,
            a.ReadString("name", minLength: 1, maxLength: 100) ?? id ?? "agent",
            a.ReadString("description", maxLength: 1000),
            status,
            a.ReadString("persona", pattern: NamePattern) ?? AgentBinding.DefaultPersona,
            knobs,
            a.ReadObject("config"));
    }

    public static IReadOnlyList<string> StatusesOf(Surface surface) => surface switch
    {
        Surface.Omnia => ["ACTIVE", "INACTIVE", "SUSPENDED"],
        Surface.Everruns => ["active", "archived"],
        Surface.VoiceAi => ["deployed", "paused"],
        _ => ["active"],
    };

    public static Surface? VendorSurface(FieldReader reader, string name, bool required)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadEnum(name, SurfaceNames.Vendors.Select(SurfaceNames.Name).ToArray(), required);
        return text is not null && SurfaceNames.TryParse(text, out var surface) ? surface : null;
    }

    private static ProviderConnection Provider(FieldReader p)
    {
        p.RejectUnknown(["id", "name", "driver", "services"]);
        var id = Prefixed(p, "id", "provider", required: true) ?? "provider_invalid";
        return new ProviderConnection(id, p.ReadString("name", maxLength: 200) ?? id, p.ReadString("driver", required: true, minLength: 1, maxLength: 64) ?? "openai", Strings(p, "services"));
    }

    private static PhoneNumberRecord Number(FieldReader n)
    {
        n.RejectUnknown(["id", "number"]);
        var id = n.ReadString("id", required: true, pattern: NamePattern) ?? "invalid";
        var number = n.ReadString("number", required: true);
        if (number is not null && !PublicIds.IsE164(number))
        {
            n.Fail("number", FieldErrorKind.PatternMismatch, "number must be E.164, e.g. +15550000001");
        }

        return new PhoneNumberRecord(id, number ?? string.Empty);
    }

    private static DeviationConfig Deviation(FieldReader d)
    {
        d.RejectUnknown(["name", "parameters", "surface", "tenant"]);
        return new DeviationConfig(
            d.ReadString("name", required: true, minLength: 1) ?? string.Empty,
            d.ReadObject("parameters") ?? [],
            VendorSurface(d, "surface", required: false),
            d.ReadString("tenant", pattern: NamePattern));
    }

    private static string? Prefixed(FieldReader reader, string name, string prefix, bool required = false)
    {
        var value = reader.ReadString(name, required);
        if (value is not null && !PublicIds.IsPrefixedHex(value, prefix))
        {
            reader.Fail(name, FieldErrorKind.PatternMismatch, $"{name} must be {prefix}_ followed by 32 lowercase hex digits");
            return null;
        }

        return value;
    }

    private static List<T> Items<T>(FieldReader parent, string name, Func<FieldReader, T> parse)
    {
        var result = new List<T>();
        if (parent.ReadArray(name) is not { } array)
        {
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (Item(parent, array, i, name) is { } item)
            {
                result.Add(parse(item));
            }
        }

        return result;
    }

    private static FieldReader? Item(FieldReader parent, JsonArray array, int index, string name)
    {
        if (array[index] is JsonObject obj)
        {
            return parent.Item(index, obj, name);
        }

        parent.Add(new FieldError([.. parent.Loc(name), index], FieldErrorKind.WrongType, $"{name}[{index}] must be an object", array[index]?.DeepClone()) { ExpectedType = "object" });
        return null;
    }

    private static List<string> Strings(FieldReader parent, string name)
    {
        var result = new List<string>();
        if (parent.ReadArray(name) is not { } array)
        {
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0)
            {
                result.Add(s);
            }
            else
            {
                parent.Add(new FieldError([.. parent.Loc(name), i], FieldErrorKind.WrongType, $"{name}[{i}] must be a non-empty string", array[i]?.DeepClone()) { ExpectedType = "string" });
            }
        }

        return result;
    }
}
