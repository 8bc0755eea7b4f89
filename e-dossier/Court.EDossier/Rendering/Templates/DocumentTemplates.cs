using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>The body of each kind of document, as blocks; the header (court, title, case number; a party's: title only) is common.</summary>
internal static class DocumentTemplates
{
    public static IReadOnlyList<Block> BodyOf(CourtDocument document) => document switch
    {
        AcceptanceNotice notice => AcceptanceNoticeTemplate.Body(notice),
        FeePaymentNotice notice => FeePaymentNoticeTemplate.Body(notice),
        EvidenceNotice notice => EvidenceNoticeTemplate.Body(notice),
        Summons summons => SummonsTemplate.Body(summons),
        ElectronicServiceReceipt receipt => ElectronicServiceReceiptTemplate.Body(receipt),
        Judgment judgment => JudgmentTemplate.Body(judgment),
        DeliberationRecord record => DeliberationRecordTemplate.Body(record),
        CorrectionNotice notice => CorrectionNoticeTemplate.Body(notice),
        RejectionRuling ruling => RejectionRulingTemplate.Body(ruling),
        JudicialConfirmationRuling ruling => JudicialConfirmationRulingTemplate.Body(ruling),
        ElementComplaint complaint => ElementComplaintTemplate.Body(complaint),
        ServiceAddressConfirmation confirmation => ServiceAddressConfirmationTemplate.Body(confirmation),
        PowerOfAttorney power => PowerOfAttorneyTemplate.Body(power),
        _ => throw new NotSupportedException($"No template for court document kind '{document.Kind}'."),
    };

    /// <summary>Short titles are letter-spaced as printed documents do: 传　　票.</summary>
    public static string SpacedTitle(string title) => title.Length switch
    {
        2 => $"{title[0]}　　{title[1]}",
        <= 5 => string.Join(' ', title.ToCharArray()),
        _ => title,
    };

    public static SealedSignOff SignOff(CourtDocument document) => new(document.CourtName, document.IssuedOn, ShowCourtName: true);
}
