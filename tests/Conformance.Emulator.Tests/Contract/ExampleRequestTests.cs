using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Contracts;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// Every operation's documented example request, sent as documented, gets its documented success
/// response, valid against the documented schema. Ids in paths come from live resources; values
/// an example cannot hold statically are substituted and listed here: SDP offers (a live offer
/// from Conformance.Rtc), attach's provider_call_id (a live rtc_ call), ClutchCall sids, and
/// the control plane's tenant ids and deviation scope (so examples do not collide).
/// </summary>
public sealed class ExampleRequestTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in OpenApi.Document.Operations)
        {
            if (operation.RequestContent.Count == 0)
            {
                data.Add(operation.OperationId!, "none");
            }

            foreach (var content in operation.RequestContent)
            {
                data.Add(operation.OperationId!, content.MediaType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task DocumentedExample_GetsTheDocumentedSuccess(string operationId, string mediaType)
    {
        var operation = OpenApi.Document.FindOperationById(operationId)!;
        var tenant = await TestTenant.CreateAsync(fixture.Client);
        var scenarios = new Scenarios(fixture.Client, tenant);
        var path = await scenarios.PathAsync(operation);
        path = AddQueryExamples(operation, path);
        await using var offers = new OfferPool();

        if (operationId is "realtime-socket" or "omniaWebsocket")
        {
            await AssertSocketAcceptedAsync(path, operationId == "realtime-socket" ? tenant.OpenAI : Auth.None);
            return;
        }

        if (operationId == "stream_sse")
        {
            using var stream = await SseReader.OpenAsync(fixture.Client.BaseUrl, path, tenant.EverrunsKey);
            Assert.Equal("text/event-stream", stream.ContentType);
            Assert.Equal("connected", (await stream.NextAsync(TimeSpan.FromSeconds(20))).Event);
            return;
        }

        var content = operation.RequestContent.FirstOrDefault(c => c.MediaType == mediaType);
        var body = content is null ? null : await BuildAsync(operation, content, scenarios, offers);
        var response = await fixture.Client.SendAsync(new HttpMethod(operation.Method), path, body, AuthFor(operation, scenarios));
        var success = operation.Responses.Where(r => r.Status is >= 200 and < 300 || (r.Status == 501 && operation.Responses.Count == 1)).Select(r => r.Status!.Value).ToArray();
        Assert.True(success.Contains(response.Status), $"{operation} example → {response}");
        var violations = ContractValidator.Shared.ValidateResponse(operation, response.ToContract());
        Assert.True(violations.Count == 0, $"{operation} example → {response}\n  {string.Join("\n  ", violations)}");
    }

    private static Auth AuthFor(ContractOperation operation, Scenarios scenarios) =>
        operation.OperationId == "end_call_api_v1_calls_call_id_end_post" ? scenarios.Tenant.VoiceAi : scenarios.AuthFor(operation);

    private static string AddQueryExamples(ContractOperation operation, string path)
    {
        var examples = operation.Parameters
            .Where(p => p.In == Microsoft.OpenApi.ParameterLocation.Query && p.Example is not null && !path.Contains($"{p.Name}=", StringComparison.Ordinal) && p.Name is not ("call_id" or "input"))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Example!.ToString())}")
            .ToArray();
        return examples.Length == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', examples);
    }

    private async Task<HttpContent> BuildAsync(ContractOperation operation, ContractContent content, Scenarios scenarios, OfferPool offers)
    {
        var example = content.Examples[0].Value!.DeepClone();
        if (content.MediaType == "application/sdp")
        {
            var raw = new StringContent(await offers.OfferAsync(), Encoding.UTF8);
            raw.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
            return raw;
        }

        var obj = (JsonObject)example;
        if (obj.ContainsKey("sdp"))
        {
            obj["sdp"] = await offers.OfferAsync();
        }

        switch (operation.OperationId)
        {
            case "attach_call":
                var call = await fixture.Client.PostRawAsync("/openai/v1/realtime/calls", await offers.OfferAsync(), "application/sdp", scenarios.Tenant.OpenAI);
                obj["provider_call_id"] = call.Header("Location")!.Split('/')[^1];
                break;
            case "voice.calls.transfer":
                obj["sid"] = await scenarios.ClutchCallAsync(active: true);
                break;
            case "voice.calls.hangup" or "voice.agents.attach":
                obj["sid"] = await scenarios.ClutchCallAsync();
                break;
            case "createTenant":
                obj["id"] = "ex" + Guid.NewGuid().ToString("N")[..10];
                obj["keys"]![0]!["key"] = $"ck_example_{Guid.NewGuid():N}";
                break;
            case "activateDeviation":
                obj["tenant"] = scenarios.Tenant.Id;
                break;
            case "simulateIncomingSipCall":
                obj["tenant"] = scenarios.Tenant.Id;
                break;
            default:
                break;
        }

        if (content.MediaType == "multipart/form-data")
        {
            var form = new MultipartFormDataContent();
            var sdp = new StringContent(obj["sdp"]!.GetValue<string>(), Encoding.UTF8);
            sdp.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
            form.Add(sdp, "sdp");
            form.Add(new StringContent(obj["session"]!.ToJsonString(), Encoding.UTF8, "application/json"), "session");
            return form;
        }

        return new StringContent(obj.ToJsonString(), Encoding.UTF8, content.MediaType);
    }

    /// <summary>
    /// The documented success of a socket operation is the upgrade. The installed runtime then
    /// waits for the client's side of the protocol (Twilio's start, a sideband event), so the
    /// client closes and the server must complete the closing handshake (RFC 6455 §5.5.1) in time.
    /// </summary>
    private async Task AssertSocketAcceptedAsync(string path, Auth auth)
    {
        using var socket = await fixture.Client.ConnectAsync(path, auth);
        Assert.Equal(WebSocketState.Open, socket.State);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "example done", timeout.Token);
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    /// <summary>Live offers from Conformance.Rtc's offerer, released with the test.</summary>
    private sealed class OfferPool : IAsyncDisposable
    {
        private readonly List<Offerer> _offerers = [];

        public async Task<string> OfferAsync()
        {
            var offerer = await Offerer.CreateAsync();
            _offerers.Add(offerer);
            return offerer.Offer;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var offerer in _offerers)
            {
                await offerer.DisposeAsync();
            }
        }
    }
}
