using System.Buffers.Binary;
using PdfSharp.Pdf;

namespace Court.EDossier.Ingest;

/// <summary>
/// A PNG's compressed pixels as a PDF image XObject without decoding them: PDF's FlateDecode with PNG predictors
/// (<c>/Predictor 15</c>, ISO 32000-1 §7.4.4.4) reads a PNG's IDAT data as it is. Memory is the compressed size, whatever
/// the PNG claims. Only for what PDF can express so: grey, RGB or palette, not interlaced, no alpha channel; anything else
/// goes through PDFsharp's decoder under <see cref="DecodedPixelLimits.Png"/>.
/// </summary>
internal static class PngPassThrough
{
    internal sealed record Image(int Width, int Height, int BitDepth, int ColorType, byte[]? Palette, byte[] Data);

    /// <summary>The PNG's image data for pass-through, or null when it needs decoding (interlaced, alpha) or is not whole.</summary>
    internal static Image? Read(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        s.Position = 8;
        int width = 0, height = 0, bitDepth = 0, colorType = -1;
        byte[]? palette = null;
        using var data = new MemoryStream();
        Span<byte> head = stackalloc byte[8];
        while (s.Position + 12 <= s.Length)
        {
            s.ReadExactly(head);
            var length = BinaryPrimitives.ReadUInt32BigEndian(head);
            var type = BinaryPrimitives.ReadUInt32BigEndian(head[4..]);
            if (length > s.Length - s.Position - 4) return null;
            if (type == PngHeader.ChunkType("IHDR"))
            {
                var ihdr = new byte[length];
                s.ReadExactly(ihdr);
                width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(ihdr));
                height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(ihdr.AsSpan(4)));
                bitDepth = ihdr[8];
                colorType = ihdr[9];
                if (ihdr[12] != 0 || colorType is not (0 or 2 or 3)) return null; // interlaced, or an alpha channel to separate
            }
            else if (type == PngHeader.ChunkType("PLTE"))
            {
                palette = new byte[length];
                s.ReadExactly(palette);
            }
            else if (type == PngHeader.ChunkType("IDAT"))
            {
                var before = data.Length;
                data.SetLength(before + length);
                s.ReadExactly(data.GetBuffer().AsSpan((int)before, (int)length));
                data.Position = data.Length;
            }
            else if (type == PngHeader.ChunkType("IEND"))
            {
                break;
            }
            else
            {
                s.Seek(length, SeekOrigin.Current);
            }
            s.Seek(4, SeekOrigin.Current); // CRC, checked by PngHeader
        }
        if (width == 0 || data.Length == 0 || (colorType == 3 && palette is not { Length: >= 3 })) return null;
        return new Image(width, height, bitDepth, colorType, palette, data.ToArray());
    }

    /// <summary>The image XObject dictionary and stream for <paramref name="image"/>, added to <paramref name="document"/>.</summary>
    internal static PdfDictionary AddTo(PdfDocument document, Image image)
    {
        var colors = image.ColorType == 2 ? 3 : 1;
        var xobject = new PdfDictionary(document);
        xobject.Elements.SetName("/Type", "/XObject");
        xobject.Elements.SetName("/Subtype", "/Image");
        xobject.Elements.SetInteger("/Width", image.Width);
        xobject.Elements.SetInteger("/Height", image.Height);
        xobject.Elements.SetInteger("/BitsPerComponent", image.BitDepth);
        if (image.ColorType == 3)
        {
            var entries = image.Palette!.Length / 3;
            xobject.Elements["/ColorSpace"] = new PdfArray(document, new PdfName("/Indexed"), new PdfName("/DeviceRGB"), new PdfInteger(entries - 1),
                new PdfString(System.Text.Encoding.Latin1.GetString(image.Palette, 0, entries * 3), PdfStringEncoding.RawEncoding));
        }
        else
        {
            xobject.Elements.SetName("/ColorSpace", colors == 3 ? "/DeviceRGB" : "/DeviceGray");
        }
        xobject.Elements.SetName("/Filter", "/FlateDecode");
        var parameters = new PdfDictionary(document);
        parameters.Elements.SetInteger("/Predictor", 15);
        parameters.Elements.SetInteger("/Colors", colors);
        parameters.Elements.SetInteger("/BitsPerComponent", image.BitDepth);
        parameters.Elements.SetInteger("/Columns", image.Width);
        xobject.Elements["/DecodeParms"] = parameters;
        xobject.CreateStream(image.Data);
        document.Internals.AddObject(xobject);
        return xobject;
    }
}
