namespace Court.EDossier.Rendering;

/// <summary>The page of GB/T 9704-2012 (党政机关公文格式), which court documents follow; all values in points.</summary>
internal static class PageGeometry
{
    public const double PointsPerMm = 72 / 25.4;

    public const double PageWidth = 210 * PointsPerMm;
    public const double PageHeight = 297 * PointsPerMm;
    public const double MarginTop = 37 * PointsPerMm;
    public const double MarginLeft = 28 * PointsPerMm;
    public const double TextWidth = 156 * PointsPerMm;
    public const double TextHeight = 225 * PointsPerMm;
    public const double TextBottom = MarginTop + TextHeight;

    // §5.2.1: 一般每面排22行，每行排28个字.
    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;
    public const double LinePitch = TextHeight / LinesPerPage;

    /// <summary>三号 is nominally 16 pt; 28 characters fill the 156 mm line exactly at 15.8 pt, as the standard's grid intends.</summary>
    public const double BodySize = TextWidth / CharactersPerLine;

    /// <summary>二号, the title.</summary>
    public const double TitleSize = 22;

    /// <summary>四号, the page number (§7.5).</summary>
    public const double PageNumberSize = 14;

    public const double CaptionSize = 9;

    /// <summary>§7.5: 一字线上距版心下边缘7mm.</summary>
    public const double PageNumberBaseline = TextBottom + 7 * PointsPerMm + PageNumberSize;

    public const double SealDiameter = 42 * PointsPerMm;

    public const double QrSize = 22 * PointsPerMm;
}
