namespace Court.EDossier.Pages;

/// <summary>What the in-page reader needs: the reading endpoint, the pages the catalogue counts, and whether the copy is watermarked.</summary>
internal sealed record PdfReaderView(string PdfUrl, int ExpectedPages, bool Watermarked);
