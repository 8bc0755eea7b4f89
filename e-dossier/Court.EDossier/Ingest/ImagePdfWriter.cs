using System.Globalization;
using System.IO.Compression;
using System.Text;
using BitMiracle.LibTiff.Classic;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Court.EDossier.Ingest;

/// <summary>
/// Makes a PDF of image pages, one page per picture. JPEG goes in as it is (DCTDecode, not re-encoded), PNG as it is
/// when PDF can express it (<see cref="PngPassThrough"/>), otherwise through PDFsharp's own importer; each TIFF page is decoded with LibTiff.NET and written as a Flate-compressed image XObject
/// (1-bit for bilevel scans, 8-bit grey, or RGB), one page at a time.
/// </summary>
internal static class ImagePdfWriter
{
    /// <summary>Writes <paramref name="outputPath"/>; false when the image could not be decoded.</summary>
    internal static bool TryWriteSingleImage(string imagePath, ImageFrame frame, string outputPath)
    {
        PdfSharpSetup.EnsureLicensed();
        using var document = NewDocument();
        try
        {
            using var image = XImage.FromFile(imagePath);
            var placement = ImagePlacement.For(frame);
            var page = AddPage(document, placement);
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.TranslateTransform(placement.X + (placement.Width / 2), placement.Y + (placement.Height / 2));
            graphics.RotateTransform(placement.Rotation);
            var (width, height) = placement.Rotation is 90 or 270 ? (placement.Height, placement.Width) : (placement.Width, placement.Height);
            graphics.DrawImage(image, -width / 2, -height / 2, width, height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
        document.Save(outputPath);
        return true;
    }

    /// <summary>Writes a PNG's compressed pixels as they are (<see cref="PngPassThrough"/>): nothing is decoded.</summary>
    internal static void WritePngAsIs(PngPassThrough.Image png, ImageFrame frame, string outputPath)
    {
        PdfSharpSetup.EnsureLicensed();
        using var document = NewDocument();
        var placement = ImagePlacement.For(frame);
        var page = AddPage(document, placement);
        Place(page, PngPassThrough.AddTo(document, png), placement);
        document.Save(outputPath);
    }

    /// <summary>Writes one PDF page per TIFF page; false when a page could not be decoded.</summary>
    internal static bool TryWriteTiff(string tiffPath, IReadOnlyList<ImageFrame> frames, string outputPath, CancellationToken ct)
    {
        PdfSharpSetup.EnsureLicensed();
        QuietTiff.Install();
        using var tiff = Tiff.Open(tiffPath, "r");
        if (tiff is null) return false;
        using var document = NewDocument();
        var pageCount = tiff.NumberOfDirectories();
        if (pageCount != frames.Count) return false;
        for (short index = 0; index < pageCount; index++)
        {
            ct.ThrowIfCancellationRequested();
            if (!tiff.SetDirectory(index)) return false;
            var image = DecodePage(tiff, frames[index]);
            if (image is null) return false;
            var placement = ImagePlacement.For(frames[index]);
            var page = AddPage(document, placement);
            AddImageXObject(document, page, image, placement);
        }
        document.Save(outputPath);
        return true;
    }

    private static PdfDocument NewDocument()
    {
        var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        document.Info.Creator = "Court e-dossier";
        return document;
    }

    private static PdfPage AddPage(PdfDocument document, ImagePlacement placement)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(placement.PageWidth);
        page.Height = XUnit.FromPoint(placement.PageHeight);
        return page;
    }

    private sealed record DecodedPage(int Width, int Height, string ColorSpace, int BitsPerComponent, byte[] FlateData);

    private static DecodedPage? DecodePage(Tiff tiff, ImageFrame frame)
    {
        int width = checked((int)frame.Width), height = checked((int)frame.Height);
        if (tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() != width || tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() != height) return null;
        var raster = new int[width * height];
        if (!tiff.ReadRGBAImageOriented(width, height, raster, Orientation.TOPLEFT)) return null;

        var samples = tiff.GetFieldDefaulted(TiffTag.SAMPLESPERPIXEL)?[0].ToInt() ?? 1;
        var bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)?[0].ToInt() ?? 1;
        var photometric = (Photometric)(tiff.GetFieldDefaulted(TiffTag.PHOTOMETRIC)?[0].ToInt() ?? 0);
        var grey = samples == 1 && photometric is Photometric.MINISWHITE or Photometric.MINISBLACK;

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            if (grey && bits == 1)
            {
                var row = new byte[(width + 7) / 8];
                for (var y = 0; y < height; y++)
                {
                    Array.Clear(row);
                    for (var x = 0; x < width; x++)
                    {
                        if ((raster[(y * width) + x] & 0xFF) >= 128) row[x >> 3] |= (byte)(0x80 >> (x & 7));
                    }
                    zlib.Write(row);
                }
            }
            else
            {
                var channels = grey ? 1 : 3;
                var row = new byte[width * channels];
                for (var y = 0; y < height; y++)
                {
                    for (var x = 0; x < width; x++)
                    {
                        var abgr = raster[(y * width) + x];
                        if (grey) row[x] = (byte)abgr;
                        else
                        {
                            row[x * 3] = (byte)abgr;
                            row[(x * 3) + 1] = (byte)(abgr >> 8);
                            row[(x * 3) + 2] = (byte)(abgr >> 16);
                        }
                    }
                    zlib.Write(row);
                }
            }
        }
        return new DecodedPage(width, height, grey ? "/DeviceGray" : "/DeviceRGB", grey && bits == 1 ? 1 : 8, compressed.ToArray());
    }

    private static void AddImageXObject(PdfDocument document, PdfPage page, DecodedPage image, ImagePlacement placement)
    {
        var xobject = new PdfDictionary(document);
        xobject.Elements.SetName("/Type", "/XObject");
        xobject.Elements.SetName("/Subtype", "/Image");
        xobject.Elements.SetInteger("/Width", image.Width);
        xobject.Elements.SetInteger("/Height", image.Height);
        xobject.Elements.SetName("/ColorSpace", image.ColorSpace);
        xobject.Elements.SetInteger("/BitsPerComponent", image.BitsPerComponent);
        xobject.Elements.SetName("/Filter", "/FlateDecode");
        xobject.CreateStream(image.FlateData);
        document.Internals.AddObject(xobject);
        Place(page, xobject, placement);
    }

    /// <summary>Draws the image XObject over the page at its placement (no rotation: the pixels are already upright).</summary>
    private static void Place(PdfPage page, PdfDictionary xobject, ImagePlacement placement)
    {
        var resources = new PdfDictionary(page.Owner);
        resources.Elements.SetReference("/Im0", xobject);
        page.Resources.Elements["/XObject"] = resources;

        // PDF space is bottom-up: the image's top-left corner sits at (X, PageHeight - Y).
        var bottom = placement.PageHeight - placement.Y - placement.Height;
        var content = string.Create(CultureInfo.InvariantCulture,
            $"q {placement.Width:0.###} 0 0 {placement.Height:0.###} {placement.X:0.###} {bottom:0.###} cm /Im0 Do Q\n");
        var single = page.Contents.AppendContent();
        if (single.Stream is null) single.CreateStream(Encoding.ASCII.GetBytes(content));
        else single.Stream.Value = Encoding.ASCII.GetBytes(content);
    }

    /// <summary>LibTiff.NET writes its complaints to the console by default; a corrupt upload is an expected outcome, not console noise.</summary>
    private sealed class QuietTiff : TiffErrorHandler
    {
        private static readonly Lazy<bool> Installed = new(() =>
        {
            Tiff.SetErrorHandler(new QuietTiff());
            return true;
        });

        internal static void Install() => _ = Installed.Value;

        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) { }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
    }
}
