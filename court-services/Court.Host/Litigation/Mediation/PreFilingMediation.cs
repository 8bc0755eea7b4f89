namespace Court.Host.Litigation.Mediation;

/// <summary>
/// 诉前调解 of one online filing: the clerk assigns an organisation from seeds/, the mediator records the outcome within the
/// period (30 days, extendable by the parties' consent). Agreement leads to judicial confirmation; failure returns the
/// filing to review with nothing re-entered.
/// </summary>
internal sealed class PreFilingMediation
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public string? MediatorName { get; set; }
    public Guid AssignedById { get; set; }
    public DateTime AssignedAt { get; set; }
    public DateOnly Deadline { get; set; }
    public int ExtensionDays { get; set; }
    public MediationOutcome? Outcome { get; set; }

    /// <summary>The agreed terms (调解协议), one per line.</summary>
    public string? AgreementTerms { get; set; }

    public DateOnly? AgreementDate { get; set; }
    public string? FailureReason { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>The 民特 case registered for judicial confirmation of the agreement.</summary>
    public Guid? ConfirmationCaseId { get; set; }
}

internal enum MediationOutcome
{
    Agreement,
    Failed,
}
