namespace Court.EDossier.Ingest;

/// <summary>PDFsharp 6 wants its licence chosen once per process; the product is AGPL-3.0 like PDFsharp's own licence.</summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Licensed = new(() =>
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        return true;
    });

    internal static void EnsureLicensed() => _ = Licensed.Value;
}
