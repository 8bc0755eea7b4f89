using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>What marks a document as the court's (seal, QR code, signature reason) and what marks a party's (the footer).</summary>
internal static class CourtDocumentMarks
{
    public const string PartyDocumentAuthor = "诉讼服务平台";

    /// <summary>A QR code to <c>/verify/{fingerprint}</c>: only for what the court issues and may be shown to others.</summary>
    public static bool CarriesVerification(this CourtDocument document) => document.IsPublicInstrument && document.IsIssuedByCourt;

    /// <summary>Printed under the text block of every page of a party's document; null for the court's own.</summary>
    public static string? FooterOf(CourtDocument document) => document.IsIssuedByCourt
        ? null
        : $"本文书由诉讼服务平台依当事人填写内容生成　{DocumentNumber.Label(document.CaseNumber)}：{document.CaseNumber}";

    /// <summary>
    /// The signature's stated reason. A party's document is signed too (ADR 0008, addendum): the signature proves what the
    /// platform received, not that the court issued it, and says so.
    /// </summary>
    public static string SignatureReason(CourtDocument document) =>
        document.IsIssuedByCourt ? "法院电子签章" : "诉讼服务平台收件存证（当事人提交，非法院出具）";
}
