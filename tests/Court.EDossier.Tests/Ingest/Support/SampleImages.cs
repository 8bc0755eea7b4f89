using System.Buffers.Binary;
using System.IO.Compression;
using BitMiracle.LibTiff.Classic;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>Images made in the test: real ones rendered by pdftoppm from a generated PDF, PNGs written byte by byte, TIFFs with LibTiff.NET.</summary>
internal static class SampleImages
{
    /// <summary>Renders a one-page PDF with pdftoppm; format is "png", "jpeg" or "tiff".</summary>
    internal static async Task<string> RenderAsync(TempFolder folder, string format, int dpi = 30)
    {
        var pdf = SamplePdfs.WriteText(folder.File($"render-{format}-{dpi}.pdf"));
        var stem = folder.File($"render-{format}-{dpi}");
        await ProcessRunner.RunOkAsync("pdftoppm", $"-{format}", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, stem);
        var extension = format switch { "jpeg" => ".jpg", "tiff" => ".tif", _ => ".png" };
        return stem + extension;
    }

    /// <summary>
    /// A PNG written by hand: IHDR claiming the given size, an IDAT of <paramref name="rows"/> real rows (4096 pixels wide at
    /// most when only some rows are written), IEND. Colour type 2 is RGB, 6 RGB with alpha.
    /// </summary>
    internal static byte[] Png(int width, int height, int? rows = null, byte colorType = 2)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = colorType;
        Chunk(output, "IHDR", ihdr);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, rows is null ? CompressionLevel.Fastest : CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + ((rows is null ? width : Math.Min(width, 4096)) * (colorType == 6 ? 4 : 3))];
            for (var y = 0; y < (rows ?? height); y++)
            {
                for (var x = 1; x < row.Length; x++) row[x] = (byte)((x + y) * 7);
                row[0] = 0;
                zlib.Write(row);
            }
        }
        Chunk(output, "IDAT", data.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(header, 4);
        output.Write(header);
        output.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(header.AsSpan(4).ToArray().Concat(data)));
        output.Write(crc);
    }

    private static uint Crc(IEnumerable<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFF;
    }

    /// <summary>A TIFF with one page per entry: a bilevel CCITT G4 page (like a court scanner's) or an 8-bit RGB page.</summary>
    internal static string Tiff(string path, params (int Width, int Height, bool Bilevel)[] pages)
    {
        using var tiff = BitMiracle.LibTiff.Classic.Tiff.Open(path, "w") ?? throw new InvalidOperationException("LibTiff could not create " + path);
        for (var p = 0; p < pages.Length; p++)
        {
            var (width, height, bilevel) = pages[p];
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, bilevel ? 1 : 3);
            tiff.SetField(TiffTag.BITSPERSAMPLE, bilevel ? 1 : 8);
            tiff.SetField(TiffTag.PHOTOMETRIC, bilevel ? Photometric.MINISWHITE : Photometric.RGB);
            tiff.SetField(TiffTag.COMPRESSION, bilevel ? Compression.CCITTFAX4 : Compression.DEFLATE);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.ROWSPERSTRIP, height);
            tiff.SetField(TiffTag.XRESOLUTION, 100.0);
            tiff.SetField(TiffTag.YRESOLUTION, 100.0);
            tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
            tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
            tiff.SetField(TiffTag.PAGENUMBER, p, pages.Length);
            var row = new byte[bilevel ? (width + 7) / 8 : width * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < row.Length; x++) row[x] = (byte)(bilevel ? (y % 16 < 2 ? 0xFF : 0x00) : (x + y) % 256);
                tiff.WriteScanline(row, y);
            }
            tiff.WriteDirectory();
        }
        return path;
    }
}
