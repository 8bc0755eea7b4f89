using Court.EDossier.Ingest;

namespace Court.EDossier;

/// <summary>Bound from <c>Court:Dossier</c>; see README "Configuration".</summary>
internal sealed class EDossierOptions
{
    public const string Section = "Court:Dossier";

    /// <summary>Largest upload accepted, in MiB.</summary>
    public int MaxUploadMegabytes { get; set; } = 50;

    public int MaxPagesPerDocument { get; set; } = 2000;

    /// <summary>Largest image accepted, in megapixels; larger ones are refused before they are decoded (decompression bombs).</summary>
    public int MaxImageMegapixels { get; set; } = 40;

    public int MaxImageSide { get; set; } = 12_000;

    /// <summary>
    /// The court's public address, printed in the verification QR code of every court document; when not configured,
    /// the address the host serves on (<see cref="Court.EDossier.PublicBaseUrl"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The folder of the Song, Kai and fallback CJK fonts used for court documents.</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype";

    /// <summary>The court's signing certificate (PFX); generated on first run in embedded mode. Default <c>&lt;data&gt;/keys/court-signing.pfx</c>.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>Whose name the generated signing certificate bears.</summary>
    public string SigningCourtName { get; set; } = "厦门市中级人民法院";

    /// <summary>The <c>tesseract</c> executable for pages without a text layer.</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>The <c>pdftoppm</c> executable (poppler) that renders scanned pages for OCR.</summary>
    public string PdftoppmPath { get; set; } = "pdftoppm";

    public IngestLimits Limits() => new(MaxUploadMegabytes * 1024L * 1024L, MaxPagesPerDocument, MaxImageMegapixels * 1_000_000L, MaxImageSide);
}
