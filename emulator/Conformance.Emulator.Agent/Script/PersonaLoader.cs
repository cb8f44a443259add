using System.Globalization;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Turns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// Reads persona YAML strictly: unknown keys, wrong types, bad knob values, rules that match
/// nothing or twice, and clip ids missing from the catalog are all reported together, each with
/// its line and column. Format: <c>fixtures/model/personas/README.md</c>.
/// </summary>
public static class PersonaLoader
{
    private static readonly string[] s_topKeys =
        ["id", "description", "thinkLatencyMs", "preroll", "greeting", "checkIn", "goodbye", "replies", "rules", "defaultReply", "turn"];

    private static readonly string[] s_ruleKeys = ["turn", "dtmf", "reply", "thinkLatencyMs"];

    public static Persona Load(string path, ClipCatalog? clips = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path), clips);
    }

    /// <summary>Every <c>*.yaml</c> in <paramref name="directory"/>, by id; all files' errors in one exception.</summary>
    public static IReadOnlyDictionary<string, Persona> LoadDirectory(string directory, ClipCatalog? clips = null)
    {
        var personas = new Dictionary<string, Persona>(StringComparer.Ordinal);
        var errors = new List<PersonaError>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                var persona = Load(path, clips);
                personas[persona.Id] = persona;
            }
            catch (PersonaLoadException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new PersonaLoadException(errors) : personas;
    }

    public static Persona Parse(string yaml, string fileName, ClipCatalog? clips = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new Reader(fileName);
        var persona = reader.Read(yaml);
        if (persona is not null)
        {
            reader.Check(persona, clips);
        }

        return reader.Errors.Count > 0 || persona is null ? throw new PersonaLoadException(reader.Errors) : persona;
    }

    private sealed class Reader(string file)
    {
        public List<PersonaError> Errors { get; } = [];

        private Mark _rootMark = Mark.Empty;
        private readonly Dictionary<string, Mark> _clipRefs = new(StringComparer.Ordinal);

        public Persona? Read(string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException e)
            {
                Error(e.Start, $"Not valid YAML: {e.Message}");
                return null;
            }

            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Error(Mark.Empty, "A persona file holds exactly one YAML mapping.");
                return null;
            }

            _rootMark = root.Start;
            var fields = Fields(root, s_topKeys, "persona");
            var id = RequiredString(fields, "id", root);
            return new Persona
            {
                Id = id ?? "",
                Description = OptionalString(fields, "description"),
                ThinkLatencyMs = OptionalInt(fields, "thinkLatencyMs", 0, 60_000) ?? Persona.DefaultThinkLatencyMs,
                Preroll = ClipRef(fields, "preroll"),
                Greeting = ClipRef(fields, "greeting"),
                CheckIn = ClipRef(fields, "checkIn"),
                Goodbye = ClipRef(fields, "goodbye"),
                Replies = Replies(fields),
                Rules = Rules(fields),
                DefaultReply = ClipRef(fields, "defaultReply"),
                Turn = fields.TryGetValue("turn", out var turn) ? TurnKnobs(turn) : new TurnPolicyOverrides(),
            };
        }

        public void Check(Persona persona, ClipCatalog? clips)
        {
            var expectedId = Path.GetFileNameWithoutExtension(file);
            if (persona.Id.Length > 0 && !string.Equals(persona.Id, expectedId, StringComparison.Ordinal) && file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                Error(_rootMark, $"id '{persona.Id}' must match the file name '{expectedId}'.");
            }

            foreach (var error in persona.Turn.ApplyTo(TurnPolicy.Default).Validate())
            {
                Error(_rootMark, $"turn.{error.Field} {error.Message}");
            }

            if (clips is null)
            {
                return;
            }

            foreach (var (clipId, mark) in _clipRefs)
            {
                if (!clips.TryGet(clipId, out _))
                {
                    Error(mark, $"Clip '{clipId}' is not in the model clip manifest (known: {string.Join(", ", clips.Ids.Order(StringComparer.Ordinal))}).");
                }
            }
        }

        private List<string?> Replies(Dictionary<string, YamlNode> fields)
        {
            if (!fields.TryGetValue("replies", out var node) || IsNull(node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node.Start, "'replies' must be a list of clip ids (null entries mean silence).");
                return [];
            }

            return sequence.Children.Select(child => ClipRef(child, "replies[]")).ToList();
        }

        private List<PersonaRule> Rules(Dictionary<string, YamlNode> fields)
        {
            if (!fields.TryGetValue("rules", out var node) || IsNull(node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node.Start, "'rules' must be a list of mappings.");
                return [];
            }

            var rules = new List<PersonaRule>();
            foreach (var child in sequence.Children)
            {
                if (child is not YamlMappingNode mapping)
                {
                    Error(child.Start, "Each rule is a mapping with 'turn' or 'dtmf', and 'reply'.");
                    continue;
                }

                var rule = Fields(mapping, s_ruleKeys, "rule");
                var turn = OptionalInt(rule, "turn", 1, 100_000);
                var dtmf = OptionalString(rule, "dtmf");
                if ((turn is null) == (dtmf is null))
                {
                    Error(mapping.Start, "A rule matches exactly one of 'turn' (an index from 1) or 'dtmf' (a digit).");
                }

                if (dtmf is not null && (dtmf.Length != 1 || !"0123456789*#ABCD".Contains(dtmf[0], StringComparison.Ordinal)))
                {
                    Error(rule["dtmf"].Start, $"'{dtmf}' is not a DTMF digit (0-9, *, #, A-D); quote it in YAML (\"1\", \"#\").");
                }

                if (!rule.ContainsKey("reply"))
                {
                    Error(mapping.Start, "A rule needs 'reply' (a clip id, or null for silence).");
                }

                rules.Add(new PersonaRule(turn, dtmf, ClipRef(rule, "reply"), OptionalInt(rule, "thinkLatencyMs", 0, 60_000)));
            }

            return rules;
        }

        private TurnPolicyOverrides TurnKnobs(YamlNode node)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node.Start, "'turn' must be a mapping of turn knobs.");
                return new TurnPolicyOverrides();
            }

            var f = Fields(mapping, TurnKnobNames.All, "turn knob");
            return new TurnPolicyOverrides
            {
                VadOnDbfs = OptionalDouble(f, "vadOnDbfs"),
                VadOffDbfs = OptionalDouble(f, "vadOffDbfs"),
                VadMinOnsetMs = OptionalInt(f, "vadMinOnsetMs", 0, 5_000),
                SilenceThresholdMs = OptionalInt(f, "silenceThresholdMs", 0, 60_000),
                ResponseMinSpeechMs = OptionalInt(f, "responseMinSpeechMs", 0, 60_000),
                CommitMinIntervalMs = OptionalInt(f, "commitMinIntervalMs", 0, 60_000),
                BargeIn = OptionalEnum(f, "bargeIn", TurnKnobNames.BargeInModes),
                BargeConfirmMs = OptionalInt(f, "bargeConfirmMs", 0, 60_000),
                MicGuardMs = NullableInt(f, "micGuardMs", 0, 60_000),
                FirstMessageInterruptible = OptionalBool(f, "interruptible"),
                CommitSpeechDuringUninterruptibleAudio = OptionalBool(f, "commitSpeechDuringUninterruptibleAudio"),
                CreateResponse = OptionalBool(f, "createResponse"),
                PrefixPaddingMs = OptionalInt(f, "prefixPaddingMs", 0, 60_000),
                FirstSpeaker = OptionalEnum(f, "firstSpeaker", TurnKnobNames.FirstSpeakers),
                InactivityTimeoutMs = NullableInt(f, "inactivityTimeoutMs", 1, 3_600_000),
                InactivityAction = OptionalEnum(f, "inactivityAction", TurnKnobNames.InactivityActions),
                MaxDurationMs = NullableInt(f, "maxDurationMs", 1, 86_400_000),
            };
        }

        private Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, IReadOnlyList<string> allowed, string what)
        {
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(key))
                {
                    Error(keyNode.Start, $"Unknown {what} key '{key}' (known: {string.Join(", ", allowed)}).");
                }
                else if (!fields.TryAdd(key, value))
                {
                    Error(keyNode.Start, $"'{key}' appears twice.");
                }
            }

            return fields;
        }

        private string? ClipRef(Dictionary<string, YamlNode> fields, string key) =>
            fields.TryGetValue(key, out var node) ? ClipRef(node, key) : null;

        private string? ClipRef(YamlNode node, string key)
        {
            var value = Scalar(node, key, "a clip id or null");
            if (value is not null)
            {
                _clipRefs.TryAdd(value, node.Start);
            }

            return value;
        }

        private string? RequiredString(Dictionary<string, YamlNode> fields, string key, YamlNode parent)
        {
            if (!fields.TryGetValue(key, out var node) || IsNull(node))
            {
                Error(parent.Start, $"'{key}' is required.");
                return null;
            }

            return Scalar(node, key, "a string");
        }

        private string? OptionalString(Dictionary<string, YamlNode> fields, string key) =>
            fields.TryGetValue(key, out var node) ? Scalar(node, key, "a string") : null;

        private int? OptionalInt(Dictionary<string, YamlNode> fields, string key, int min, int max) =>
            fields.TryGetValue(key, out var node) ? Int(node, key, min, max) : null;

        private Override<int?>? NullableInt(Dictionary<string, YamlNode> fields, string key, int min, int max) =>
            fields.TryGetValue(key, out var node) ? new Override<int?>(IsNull(node) ? null : Int(node, key, min, max)) : null;

        private int? Int(YamlNode node, string key, int min, int max)
        {
            var text = Scalar(node, key, "an integer");
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Error(node.Start, $"'{key}' must be an integer from {min} to {max}; got '{text}'.");
                return null;
            }

            return value;
        }

        private double? OptionalDouble(Dictionary<string, YamlNode> fields, string key)
        {
            if (!fields.TryGetValue(key, out var node))
            {
                return null;
            }

            var text = Scalar(node, key, "a number");
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error(node.Start, $"'{key}' must be a number; got '{text}'.");
                return null;
            }

            return value;
        }

        private bool? OptionalBool(Dictionary<string, YamlNode> fields, string key)
        {
            if (!fields.TryGetValue(key, out var node))
            {
                return null;
            }

            var text = Scalar(node, key, "true or false");
            switch (text)
            {
                case null:
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    Error(node.Start, $"'{key}' must be true or false; got '{text}'.");
                    return null;
            }
        }

        private T? OptionalEnum<T>(Dictionary<string, YamlNode> fields, string key, IReadOnlyDictionary<string, T> names)
            where T : struct, Enum
        {
            if (!fields.TryGetValue(key, out var node))
            {
                return null;
            }

            var text = Scalar(node, key, string.Join(" | ", names.Keys));
            if (text is null)
            {
                return null;
            }

            if (!names.TryGetValue(text, out var value))
            {
                Error(node.Start, $"'{key}' must be one of {string.Join(", ", names.Keys)}; got '{text}'.");
                return null;
            }

            return value;
        }

        private string? Scalar(YamlNode node, string key, string expected)
        {
            if (node is not YamlScalarNode scalar)
            {
                Error(node.Start, $"'{key}' must be {expected}.");
                return null;
            }

            return IsNull(scalar) ? null : scalar.Value;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private void Error(Mark mark, string message) =>
            Errors.Add(new PersonaError(file, (int)mark.Line, (int)mark.Column, message));
    }
}
