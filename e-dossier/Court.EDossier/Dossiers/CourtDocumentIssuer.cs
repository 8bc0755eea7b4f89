using Court.EDossier.Blobs;
using Court.EDossier.Ingest;
using Court.EDossier.Persistence;
using Court.EDossier.Rendering;
using Court.EDossier.Signing;
using Court.Kernel.Dossier;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Dossiers;

/// <summary>
/// Renders a court document, signs it with the court's certificate and stores it with its verification record. A party's
/// document (要素式起诉状 …) is rendered and signed the same way but has no verification record: <c>/verify</c> confirms
/// only what the court issued.
/// </summary>
internal sealed class CourtDocumentIssuer(
    DossierDb db, IBlobStore blobs, CourtDocumentRenderer renderer, CourtSigningCertificate certificate, IOptions<EDossierOptions> options, TimeProvider clock)
{
    public async Task<StoredDocument> IssueAsync(CourtDocument document, CancellationToken ct)
    {
        var fingerprint = document.CarriesVerification() ? CourtDocumentFingerprint.Of(document) : null;
        var rendered = renderer.Render(document, fingerprint is null ? null : VerificationUrl(fingerprint), certificate.Get());
        var stored = await blobs.PutAsync(new MemoryStream(rendered.Pdf, writable: false), ct);
        var texts = PdfTextLayer.Read(rendered.Pdf, rendered.PageCount, ct) ?? new string?[rendered.PageCount];
        var issued = new StoredDocument
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Sha256 = stored.Sha256,
            SizeBytes = stored.SizeBytes,
            PageCount = rendered.PageCount,
            SourceKind = document.IsIssuedByCourt ? SourceKinds.Court : SourceKinds.PartyForm,
            FileName = $"{document.Title}.pdf",
            Fingerprint = fingerprint,
            CourtDocumentKind = document.Kind,
            IssuedBy = document.IsIssuedByCourt ? document.CourtName : null,
            IssuedInCase = document.CaseNumber,
            IssuedOn = document.IssuedOn,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Pages = texts.Select((text, i) => new DocumentPage
            {
                PageNumber = i + 1,
                Text = text,
                Source = text is null ? PageTextSource.None : PageTextSource.TextLayer,
            }).ToList(),
        };
        db.Documents.Add(issued);
        return issued;
    }

    public string VerificationUrl(string hash) => $"{(options.Value.PublicBaseUrl ?? Court.EDossier.PublicBaseUrl.Default).TrimEnd('/')}/verify/{hash}";
}
