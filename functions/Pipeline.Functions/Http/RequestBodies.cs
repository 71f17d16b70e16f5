using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Pipeline.Functions.Http;

/// <summary>Reads JSON request bodies the same way on every route: web naming, enums as strings, 400 on malformed JSON.</summary>
internal static class RequestBodies
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The body, or a ProblemDetails 400 naming the JSON error.</summary>
    public static async Task<(T? Body, IActionResult? Invalid)> ReadAsync<T>(HttpRequest request)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted), null);
        }
        catch (JsonException ex)
        {
            return (default, Problems.BadRequest($"body is not valid JSON: {ex.Message}"));
        }
    }
}
