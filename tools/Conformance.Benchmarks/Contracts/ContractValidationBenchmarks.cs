using BenchmarkDotNet.Attributes;
using Conformance.Contracts;

namespace Conformance.Benchmarks.Contracts;

/// <summary>
/// What holding a response to openapi.json costs the harness: one VoiceCallResponse (an SDP
/// answer inside), one Omnia call-log page, and one FastAPI 422, each validated in full.
/// </summary>
[MemoryDiagnoser]
public class ContractValidationBenchmarks
{
    private ContractDocument _document = null!;
    private ContractResponse _voiceCall = null!;
    private ContractResponse _callLogs = null!;
    private ContractResponse _validation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = ContractDocument.Load(FindOpenApi());
        var sdp = string.Join("\\r\\n", Enumerable.Range(0, 40).Select(i => $"a=candidate:{i} 1 udp 2130706431 127.0.0.1 {50000 + i} typ host"));
        _voiceCall = new ContractResponse(200, "application/json", $$"""
            {"voice_connection_id":"voice_0123456789abcdef0123456789abcdef","provider":"openai","model":"gpt-realtime-2","voice":"marin",
             "reasoning_effort":"low","expires_at":"2026-11-22T12:00:00.000Z","answer_sdp":"{{sdp}}","provider_call_id":"rtc_0123456789abcdef0123456789abcdef"}
            """);
        var log = """{"id":"call_1","startTime":"2026-11-22T12:00:00.000Z","endTime":null,"duration":0,"durationMs":0,"durationSeconds":0,"status":"created","summary":"","shortSummary":"","transcript":"","billing":{"durationMinutes":0,"costCents":0,"costDollars":0,"pricePerMinuteCents":5,"currency":"USD","billedAt":null,"note":""}}""";
        var page = "{\"data\":[" + string.Join(',', Enumerable.Repeat(log, 50)) + "],\"pagination\":{\"pageSize\":50,\"total\":50,\"next\":null,\"previous\":null}}";
        _callLogs = new ContractResponse(200, "application/json", page);
        _validation = new ContractResponse(422, "application/json", """{"detail":[{"type":"missing","loc":["body","agent_id"],"msg":"Field required"},{"type":"enum","loc":["body","agent_overrides","tts_params","language"],"msg":"Input should be 'en'","input":"xx"}]}""");

        // The benchmark measures the passing path; a sample that drifts from openapi.json would
        // silently measure the failure path instead.
        Require(EverrunsVoiceCallResponse(), nameof(EverrunsVoiceCallResponse));
        Require(OmniaCallLogPageOf50(), nameof(OmniaCallLogPageOf50));
        Require(VoiceAi422(), nameof(VoiceAi422));
    }

    private static void Require(int violations, string sample)
    {
        if (violations != 0)
        {
            throw new InvalidOperationException($"{sample}: the sample no longer conforms to openapi.json ({violations} violations)");
        }
    }

    [Benchmark]
    public int EverrunsVoiceCallResponse() => _document.ValidateResponse("POST", "/everruns/v1/sessions/session_0123456789abcdef0123456789abcdef/voice/calls", _voiceCall).Count;

    [Benchmark]
    public int OmniaCallLogPageOf50() => _document.ValidateResponse("GET", "/omnia/api/v1/calls", _callLogs).Count;

    [Benchmark]
    public int VoiceAi422() => _document.ValidateResponse("POST", "/voiceai/api/v1/connection/connection-details", _validation).Count;

    private static string FindOpenApi()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "openapi.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("openapi.json not found above the benchmark's folder");
    }
}
