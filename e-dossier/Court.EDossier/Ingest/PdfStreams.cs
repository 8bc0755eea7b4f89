using System.IO.Compression;
using System.Text.Json;

namespace Court.EDossier.Ingest;

/// <summary>
/// Counts what every stream of a PDF inflates to, from the raw stream data qpdf wrote out (one file per stream), through
/// bounded decoders that stop at the stream's budget: an image may inflate to its declared size (4 bytes a pixel, 8 for
/// 16-bit samples), anything else (page content, fonts, object streams) to <see cref="IngestLimits.MaxDecodedStreamBytes"/>;
/// all non-image streams together to <see cref="IngestLimits.MaxDecodedBytes"/>. Nothing is kept: decompression bombs are
/// refused in constant memory. LZW, having no decoder here, is bounded by its worst-case ratio.
/// </summary>
internal static class PdfStreams
{
    private const long LzwWorstRatio = 4096;

    /// <summary>True when every stream stays within its budget.</summary>
    internal static bool WithinBudget(PdfGraph graph, IngestLimits limits, CancellationToken ct)
    {
        long nonImageTotal = 0;
        var buffer = new byte[64 * 1024];
        foreach (var (reference, dictionary) in graph.Objects)
        {
            if (graph.StreamFile(reference) is not { } file) continue;
            ct.ThrowIfCancellationRequested();
            var image = PdfGraph.AsName(dictionary.TryGetProperty("/Subtype", out var s) ? s : default) == "/Image";
            var budget = image ? PdfImages.DecodedSize(graph, dictionary, limits) + (64 * 1024) : limits.MaxDecodedStreamBytes;
            var decoded = Decoded(graph, dictionary, file, budget, buffer);
            if (decoded > budget) return false;
            if (!image && (nonImageTotal += decoded) > limits.MaxDecodedBytes) return false;
        }
        return true;
    }

    /// <summary>The bytes the stream decodes to through its filters (the inflating ones), counted up to just past <paramref name="budget"/>.</summary>
    private static long Decoded(PdfGraph graph, JsonElement dictionary, string file, long budget, byte[] buffer)
    {
        using var raw = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Stream stream = raw;
        var factor = 1L;
        var decoders = new List<Stream>();
        try
        {
            foreach (var filter in PdfImages.Filters(graph.Get(dictionary, "/Filter")))
            {
                Stream? next = filter switch
                {
                    "/FlateDecode" or "/Fl" => new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true),
                    "/ASCIIHexDecode" or "/AHx" => new AsciiHexDecoder(stream),
                    "/ASCII85Decode" or "/A85" => new Ascii85Decoder(stream),
                    "/RunLengthDecode" or "/RL" => new RunLengthDecoder(stream),
                    _ => null,
                };
                if (filter is "/LZWDecode" or "/LZW") factor = LzwWorstRatio;
                if (next is null) break; // LZW, or an image codec (DCT, JPX, JBIG2, CCITT): bounded by the image's size
                decoders.Add(next);
                stream = next;
            }
            if (factor > 1 && raw.Length * factor > budget) return budget + 1;
            long total = 0;
            try
            {
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > budget) return total;
                }
            }
            catch (InvalidDataException)
            {
                // damaged compressed data: what came out so far is what a reader gets
            }
            return total;
        }
        finally
        {
            for (var i = decoders.Count - 1; i >= 0; i--) decoders[i].Dispose();
        }
    }
}
