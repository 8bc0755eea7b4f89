using Microsoft.AspNetCore.Identity;

namespace Court.Host.Identity;

internal sealed class CourtUser : IdentityUser<Guid>
{
    /// <summary>The name shown to others: a person's real name or an organisation's registered name.</summary>
    public required string DisplayName { get; set; }

    /// <summary>Resident ID number or unified social credit code; shown masked to anyone but the user.</summary>
    public string? IdentifierNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the identity behind <see cref="IdentifierNumber"/> was verified; null while it is only claimed (ADR 0014).</summary>
    public DateTime? IdentityVerifiedAt { get; private set; }

    /// <summary>Who verified it: the clerk's user name, or the seed for demo accounts.</summary>
    public string? IdentityVerifiedBy { get; private set; }

    /// <summary>How it was verified.</summary>
    public IdentityVerificationMethod? IdentityVerification { get; private set; }

    public bool IdentityVerified => IdentityVerifiedAt is not null;

    /// <summary>A mediator's mediation organisation (code in seeds/): they see only the mediations the court assigned to it.</summary>
    public string? MediationOrganisationCode { get; set; }

    /// <summary>Set when the court admin creates the account or resets its password: the temporary password only opens 修改密码.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>For a legal person's account: the legal representative the registry names, who registered it (ADR 0018).</summary>
    public string? LegalRepresentativeName { get; private set; }

    public string? LegalRepresentativeIdNumber { get; private set; }

    /// <summary>The version of the 诚信诉讼承诺书 the account holder signed, and when (ADR 0018).</summary>
    public string? IntegrityPledgeVersion { get; private set; }

    public DateTime? IntegrityPledgeAcceptedAt { get; private set; }

    public void SignIntegrityPledge(string version, DateTime at)
    {
        IntegrityPledgeVersion = version;
        IntegrityPledgeAcceptedAt = at;
    }

    public void RegisterLegalRepresentative(string name, string residentIdNumber)
    {
        LegalRepresentativeName = name;
        LegalRepresentativeIdNumber = residentIdNumber;
    }

    /// <summary>Only a verified identity links the account to parties and opens the identifier's data-access log.</summary>
    public void VerifyIdentity(IdentityVerificationMethod method, string by, DateTime at)
    {
        IdentityVerifiedAt = at;
        IdentityVerifiedBy = by;
        IdentityVerification = method;
    }
}

/// <summary>How an account's claimed identity was established.</summary>
internal enum IdentityVerificationMethod
{
    /// <summary>Demo data: the seeded accounts are the registry's own subjects.</summary>
    DemoSeed,

    /// <summary>A filing clerk checked the lawyer's 律师执业证 (which bears name and ID number) against the registration.</summary>
    LawyerLicenceCheckedByClerk,

    /// <summary>
    /// 三要素核验: the platform matched name, ID number and the phone registered under that number (mobile numbers are real-name
    /// registered), and the registrant proved holding that phone with an SMS code (ADR 0018).
    /// </summary>
    RegistryPhoneConfirmedBySms,

    /// <summary>As <see cref="RegistryPhoneConfirmedBySms"/> for the legal representative the enterprise register names.</summary>
    LegalRepresentativeConfirmedBySms,
}
