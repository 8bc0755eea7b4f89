using Court.Host.Litigation.Filings;
using Court.Kernel;

namespace Court.Host.Litigation.Mediation;

/// <summary>
/// A pre-filing mediation as its organisation's mediators (and the clerks) see it: the dispute — cause, claims, amount — and who the
/// parties are and how to reach them, since the mediator has to call them (ADR 0020).
/// </summary>
internal sealed record MediationView(Guid Id, Guid FilingId, string FilingReference, string OrganisationCode, string OrganisationName,
    string? MediatorName, DateTime AssignedAt, DateOnly Deadline, int ExtensionDays, string? Outcome, IReadOnlyList<string> AgreementTerms,
    DateOnly? AgreementDate, string? FailureReason, Guid? ConfirmationCaseId, string? ConfirmationCaseNumber,
    string Cause, IReadOnlyList<string> Claims, decimal? ClaimAmount, IReadOnlyList<MediationPartyView> Parties)
{
    public string AssignedAtText => ShanghaiTime.Format(AssignedAt);

    public static MediationView Of(PreFilingMediation m, OnlineFiling filing, string cause, string? confirmationCaseNumber = null) => new(m.Id, filing.Id,
        filing.Reference, m.OrganisationCode, m.OrganisationName, m.MediatorName, m.AssignedAt, m.Deadline, m.ExtensionDays, m.Outcome?.ToString(),
        FilingText.Lines(m.AgreementTerms), m.AgreementDate, m.FailureReason, m.ConfirmationCaseId, confirmationCaseNumber ?? filing.CaseNumber,
        cause, FilingText.Lines(filing.Claims), filing.ClaimAmount,
        [.. filing.Parties.OrderBy(p => p.Side).ThenBy(p => p.Order).Select(MediationPartyView.Of)]);
}

/// <summary>A party as the mediator needs them: name, side, representative and contacts — not the ID number.</summary>
internal sealed record MediationPartyView(string Side, string Name, string Kind, string? Representative, string? Phone, string? Address)
{
    public static MediationPartyView Of(FilingParty p) =>
        new(p.Side.ChineseName(), p.Name, p.Kind.ChineseName(), p.Representative, p.Phone, p.PostalAddress ?? p.Address);
}
