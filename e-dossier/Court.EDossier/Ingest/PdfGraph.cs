using System.Text.Json;

namespace Court.EDossier.Ingest;

/// <summary>
/// A PDF's objects as qpdf's JSON (version 2, <c>--json-key=qpdf</c>) lists them: indirect objects by their reference
/// ("12 0 R"), each a value or a stream's dictionary, plus the trailer. In qpdf's encoding names start with "/",
/// strings with "u:" or "b:", and a reference is a string "N G R". Nothing here recurses: nested values are visited
/// with an explicit stack, and the document was parsed with a maximum depth.
/// </summary>
internal sealed class PdfGraph : IDisposable
{
    private readonly JsonDocument _json;
    private readonly Dictionary<string, JsonElement> _objects;
    private readonly Dictionary<string, string?> _streams;

    private PdfGraph(JsonDocument json, Dictionary<string, JsonElement> objects, Dictionary<string, string?> streams, JsonElement trailer)
    {
        _json = json;
        _objects = objects;
        _streams = streams;
        Trailer = trailer;
    }

    internal JsonElement Trailer { get; }

    internal IReadOnlyDictionary<string, JsonElement> Objects => _objects;

    internal bool IsStream(string reference) => _streams.ContainsKey(reference);

    /// <summary>The file qpdf wrote the stream's raw data to (<c>--json-stream-data=file</c>), if it did.</summary>
    internal string? StreamFile(string reference) => _streams.GetValueOrDefault(reference);

    /// <summary>Reads qpdf's JSON; null when it is not what qpdf writes, or nests deeper than <paramref name="maxDepth"/>.</summary>
    internal static PdfGraph? Parse(Stream json, int maxDepth)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException)
        {
            return null;
        }
        var objects = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var streams = new Dictionary<string, string?>(StringComparer.Ordinal);
        JsonElement? trailer = null;
        if (document.RootElement.TryGetProperty("qpdf", out var qpdf) && qpdf.ValueKind == JsonValueKind.Array && qpdf.GetArrayLength() == 2)
        {
            foreach (var entry in qpdf[1].EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object) continue;
                if (entry.Value.TryGetProperty("stream", out var stream) && stream.TryGetProperty("dict", out var dict))
                {
                    var key = ReferenceOf(entry.Name);
                    objects[key] = dict;
                    streams[key] = stream.TryGetProperty("datafile", out var file) && file.ValueKind == JsonValueKind.String ? file.GetString() : null;
                }
                else if (entry.Value.TryGetProperty("value", out var value))
                {
                    if (entry.Name == "trailer") trailer = value;
                    else objects[ReferenceOf(entry.Name)] = value;
                }
            }
        }
        if (trailer is null)
        {
            document.Dispose();
            return null;
        }
        return new PdfGraph(document, objects, streams, trailer.Value);
    }

    /// <summary>"obj:12 0 R" → "12 0 R".</summary>
    private static string ReferenceOf(string name) => name.StartsWith("obj:", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>The reference a value is, or null when it is a direct value.</summary>
    internal static string? AsReference(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String) return null;
        var s = value.GetString()!;
        return s.EndsWith(" R", StringComparison.Ordinal) && s.Length > 4 && char.IsAsciiDigit(s[0]) ? s : null;
    }

    internal static string? AsName(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } s && s.StartsWith('/') ? s : null;

    /// <summary>The value itself, or the object a reference points to; null for a dangling reference.</summary>
    internal JsonElement? Resolve(JsonElement value) =>
        AsReference(value) is { } reference ? (_objects.TryGetValue(reference, out var target) ? target : null) : value;

    /// <summary>The dictionary entry <paramref name="key"/> of <paramref name="dictionary"/> (resolved), if any.</summary>
    internal JsonElement? Get(JsonElement dictionary, string key) =>
        dictionary.ValueKind == JsonValueKind.Object && dictionary.TryGetProperty(key, out var value) ? Resolve(value) : null;

    /// <summary>
    /// Every dictionary inside <paramref name="value"/> (itself included), direct values only: references are not followed,
    /// an indirect object is visited as an object of its own.
    /// </summary>
    internal static IEnumerable<JsonElement> DirectDictionaries(JsonElement value)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(value);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return item;
                foreach (var p in item.EnumerateObject()) if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) stack.Push(p.Value);
            }
            else if (item.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in item.EnumerateArray()) if (e.ValueKind is JsonValueKind.Object or JsonValueKind.Array) stack.Push(e);
            }
        }
    }

    /// <summary>Every reference inside <paramref name="value"/> with the dictionary key it sits under (the nearest one), direct values only.</summary>
    internal static IEnumerable<(string? Key, string Reference)> References(JsonElement value)
    {
        var stack = new Stack<(string? Key, JsonElement Item)>();
        stack.Push((null, value));
        while (stack.Count > 0)
        {
            var (key, item) = stack.Pop();
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in item.EnumerateObject()) stack.Push((p.Name, p.Value));
                    break;
                case JsonValueKind.Array:
                    foreach (var e in item.EnumerateArray()) stack.Push((key, e));
                    break;
                case JsonValueKind.String when AsReference(item) is { } reference:
                    yield return (key, reference);
                    break;
            }
        }
    }

    public void Dispose() => _json.Dispose();
}
