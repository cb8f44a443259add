using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace Conformance.Emulator.Http;

/// <summary>
/// Reads request bodies the way every surface needs them, turning each way a body can be bad
/// (wrong content type, empty, over the size limit, not UTF-8, not JSON, not an object) into
/// a typed <see cref="RequestBodyException"/> instead of a framework 500. The text read is kept
/// on the exchange for the journal.
/// </summary>
public static class RequestBody
{
    /// <summary>1 MiB: an SDP offer is ~5 KB and the largest documented JSON bodies are a few KB.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The body as a JSON object. <paramref name="emptyAsObject"/> treats an absent body as
    /// <c>{}</c> (operations whose body is optional); a body with a non-JSON content type is
    /// refused either way.
    /// </summary>
    public static async Task<JsonObject> ReadJsonObjectAsync(HttpContext context, bool emptyAsObject = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = await ReadTextAsync(context);
        if (text.Length == 0)
        {
            return emptyAsObject ? [] : throw new RequestBodyException(RequestProblem.EmptyBody, "the request body is empty; a JSON object is required");
        }

        if (!MediaTypesJson(context.Request.ContentType))
        {
            throw new RequestBodyException(RequestProblem.WrongContentType, $"Content-Type must be application/json, not '{context.Request.ContentType ?? "(none)"}'");
        }

        var node = ParseJson(text);
        return node as JsonObject
            ?? throw new RequestBodyException(RequestProblem.NotAnObject, $"the request body must be a JSON object, not {Describe(node)}");
    }

    /// <summary>Parses JSON text (a tRPC query's <c>input</c>, a multipart part) with the same typed failures.</summary>
    public static JsonNode? ParseJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new RequestBodyException(RequestProblem.MalformedJson, $"the body is not valid JSON: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // JsonObject refuses duplicate property names.
            throw new RequestBodyException(RequestProblem.MalformedJson, $"the body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>The body as strict UTF-8 text, at most <see cref="MaxBytes"/>.</summary>
    public static async Task<string> ReadTextAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var exchange = Exchange.Of(context);
        if (exchange.RequestBody is { } cached)
        {
            return cached;
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            throw new RequestBodyException(RequestProblem.TooLarge, $"the request body exceeds {MaxBytes} bytes");
        }

        var bytes = await ReadBytesAsync(context);
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RequestBodyException(RequestProblem.InvalidEncoding, "the request body is not valid UTF-8");
        }

        exchange.RequestBody = text;
        return text;
    }

    /// <summary>A multipart/form-data body, with malformed multipart framing as a typed failure.</summary>
    public static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > MaxBytes)
        {
            throw new RequestBodyException(RequestProblem.TooLarge, $"the request body exceeds {MaxBytes} bytes");
        }

        try
        {
            var form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes, ValueLengthLimit = MaxBytes }, context.RequestAborted);
            Exchange.Of(context).RequestBody = string.Join("&", form.Select(f => $"{f.Key}=<{f.Value.ToString().Length} chars>").Concat(form.Files.Select(f => $"{f.Name}=<file {f.Length} bytes>")));
            return form;
        }
        catch (InvalidDataException e)
        {
            throw new RequestBodyException(RequestProblem.MalformedForm, $"the multipart body is malformed: {e.Message}");
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new RequestBodyException(RequestProblem.MalformedForm, $"the multipart body could not be read: {e.Message}");
        }
        catch (BadHttpRequestException e)
        {
            throw new RequestBodyException(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? RequestProblem.TooLarge : RequestProblem.MalformedForm, e.Message);
        }
    }

    public static bool MediaTypesJson(string? contentType) => Contracts.MediaTypes.IsJson(contentType);

    private static async Task<byte[]> ReadBytesAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new RequestBodyException(RequestProblem.TooLarge, $"the request body exceeds {MaxBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestBodyException(RequestProblem.TooLarge, $"the request body exceeds {MaxBytes} bytes");
        }

        return buffer.ToArray();
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        _ => $"a {node.GetValueKind().ToString().ToLowerInvariant()}",
    };
}
