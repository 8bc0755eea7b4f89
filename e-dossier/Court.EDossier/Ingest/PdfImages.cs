using System.Text.Json;

namespace Court.EDossier.Ingest;

/// <summary>
/// The image XObjects of a PDF as their dictionaries declare them: each must stay within the upload's pixel limits, and
/// each may inflate to its declared size (<see cref="DecodedSize"/>).
/// </summary>
internal static class PdfImages
{
    /// <summary>The first image over the limits, as (width, height).</summary>
    internal static (long Width, long Height)? FirstOversized(PdfGraph graph, IngestLimits limits)
    {
        foreach (var (width, height) in Images(graph))
        {
            if (width > limits.MaxImageSide || height > limits.MaxImageSide || width * height > limits.MaxImagePixels) return (width, height);
        }
        return null;
    }

    /// <summary>What an image may decode to: its declared pixels (within the limit) at 4 bytes each, 8 for 16-bit samples.</summary>
    internal static long DecodedSize(PdfGraph graph, JsonElement dictionary, IngestLimits limits)
    {
        var pixels = Math.Min(Number(graph.Get(dictionary, "/Width")) * Number(graph.Get(dictionary, "/Height")), limits.MaxImagePixels);
        return pixels * (Number(graph.Get(dictionary, "/BitsPerComponent")) > 8 ? 8 : 4);
    }

    private static IEnumerable<(long Width, long Height)> Images(PdfGraph graph)
    {
        foreach (var (reference, dictionary) in graph.Objects)
        {
            if (!graph.IsStream(reference) || PdfGraph.AsName(Entry(dictionary, "/Subtype")) != "/Image") continue;
            var width = Number(graph.Get(dictionary, "/Width"));
            var height = Number(graph.Get(dictionary, "/Height"));
            yield return (width, height);
        }
    }

    private static JsonElement Entry(JsonElement dictionary, string key) => dictionary.TryGetProperty(key, out var v) ? v : default;

    private static long Number(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } n ? (n.TryGetInt64(out var l) ? Math.Clamp(l, 0, int.MaxValue) : int.MaxValue) : 0;

    internal static IEnumerable<string> Filters(JsonElement? filter) => filter switch
    {
        { ValueKind: JsonValueKind.String } single => PdfGraph.AsName(single) is { } n ? [n] : [],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Select(PdfGraph.AsName).OfType<string>().ToList(),
        _ => [],
    };
}
