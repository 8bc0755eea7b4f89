using System.Security.Claims;

namespace Court.Kernel.Dossier;

/// <summary>What a caller may do with the dossier of an online filing that is not yet a case.</summary>
public enum FilingDossierAccess
{
    None,

    /// <summary>The litigant or lawyer who filed it: reads watermarked copies of the open volume.</summary>
    Filer,

    /// <summary>The filer while the filing is a draft or sent back for correction: reads, and may also add materials.</summary>
    EditingFiler,

    /// <summary>A filing clerk reviewing it: reads the signed originals.</summary>
    Court,
}

/// <summary>
/// Who may read a filing's materials before it is a case. The host owns filings and implements it; the e-dossier module
/// asks. Answer <see cref="FilingDossierAccess.None"/> for a draft the caller has no part in, or that does not exist.
/// </summary>
public interface IFilingDossierAccess
{
    Task<FilingDossierAccess> DecideAsync(ClaimsPrincipal user, Guid draftId, CancellationToken ct = default);
}
