namespace Court.EDossier.Ingest;

/// <summary>
/// Where an image goes on its PDF page, in points (1/72 in), origin top-left.
/// A scan whose DPI gives a plausible paper size gets that page size exactly; anything else (phone photos say 72 dpi, or nothing)
/// goes on A4, portrait or landscape after the image's aspect, scaled to fit inside 10 mm margins and centred.
/// <see cref="Rotation"/> is the clockwise turn (from the Exif orientation) that makes the picture upright.
/// </summary>
internal readonly record struct ImagePlacement(double PageWidth, double PageHeight, double X, double Y, double Width, double Height, int Rotation)
{
    internal const double A4Short = 595.28, A4Long = 841.89, Margin = 28.35;
    private const double SmallestScanSide = 2 * 72, LargestScanSide = 1190.55 * 1.5; // 2 in .. 1.5 × A3's long side

    internal static ImagePlacement For(ImageFrame frame)
    {
        var rotation = frame.Orientation switch { 3 or 4 => 180, 5 or 6 => 90, 7 or 8 => 270, _ => 0 };
        var quarterTurn = rotation is 90 or 270;
        double pixelsWide = quarterTurn ? frame.Height : frame.Width, pixelsHigh = quarterTurn ? frame.Width : frame.Height;
        double dpiWide = quarterTurn ? frame.DpiY : frame.DpiX, dpiHigh = quarterTurn ? frame.DpiX : frame.DpiY;

        if (dpiWide >= 72 && dpiHigh >= 72)
        {
            double width = pixelsWide / dpiWide * 72, height = pixelsHigh / dpiHigh * 72;
            if (Math.Min(width, height) >= SmallestScanSide && Math.Max(width, height) <= LargestScanSide)
            {
                return new ImagePlacement(width, height, 0, 0, width, height, rotation);
            }
        }

        var landscape = pixelsWide > pixelsHigh;
        double pageWidth = landscape ? A4Long : A4Short, pageHeight = landscape ? A4Short : A4Long;
        var scale = Math.Min((pageWidth - (2 * Margin)) / pixelsWide, (pageHeight - (2 * Margin)) / pixelsHigh);
        double drawnWidth = pixelsWide * scale, drawnHeight = pixelsHigh * scale;
        return new ImagePlacement(pageWidth, pageHeight, (pageWidth - drawnWidth) / 2, (pageHeight - drawnHeight) / 2, drawnWidth, drawnHeight, rotation);
    }
}
