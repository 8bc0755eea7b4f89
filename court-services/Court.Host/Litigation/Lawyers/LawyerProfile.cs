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

    public bool IsPending => VerifiedAt is null;
}
