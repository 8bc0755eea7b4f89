namespace Court.Host.Litigation.Lawyers;

/// <summary>A lawyer's practising details (律师执业证), kept with the account that holds the Lawyer role.</summary>
internal sealed class LawyerProfile
{
    public Guid UserId { get; set; }

    /// <summary>执业证号: 17 digits, <see cref="LicenceNumbers"/>.</summary>
    public required string LicenceNumber { get; set; }

    /// <summary>执业机构: the law firm.</summary>
    public required string Firm { get; set; }

    public DateTime RegisteredAt { get; set; }

    /// <summary>When a filing clerk checked the licence; until then the registration is pending and the account has no Lawyer role.</summary>
    public DateTime? VerifiedAt { get; set; }

    public Guid? VerifiedById { get; set; }

    public const int RefusalReasonMaxLength = 500;

    /// <summary>When a filing clerk refused the registration, by whom and why (told to the applicant); the account stays without the Lawyer role.</summary>
    public DateTime? RefusedAt { get; private set; }

    public Guid? RefusedById { get; private set; }

    public string? RefusalReason { get; private set; }

    public bool IsPending => VerifiedAt is null && RefusedAt is null;

    public bool IsRefused => VerifiedAt is null && RefusedAt is not null;

    public void Refuse(string reason, Guid clerkId, DateTime at)
    {
        RefusedAt = at;
        RefusedById = clerkId;
        RefusalReason = reason;
    }
}
