using System.Security.Claims;
using Court.Kernel.Access;

namespace Court.Host.Pages;

/// <summary>A portal: one navigation shell per group of roles.</summary>
internal sealed record Portal(string Name, string Path, IReadOnlyList<string> Roles)
{
    public static readonly Portal Litigation = new("诉讼服务", "/Portals/Litigation", [CourtRoles.Litigant, CourtRoles.Lawyer]);
    public static readonly Portal FilingReview = new("立案审查", "/Portals/FilingReview", [CourtRoles.FilingClerk]);
    public static readonly Portal Mediation = new("诉前调解", "/Portals/Mediation", [CourtRoles.Mediator]);
    public static readonly Portal Judge = new("法官工作台", "/Portals/Judge", [CourtRoles.Judge, CourtRoles.JudicialAssistant]);
    public static readonly Portal Enforcement = new("执行", "/Portals/Enforcement", [CourtRoles.EnforcementOfficer]);
    public static readonly Portal Bankruptcy = new("破产协同", "/Portals/Bankruptcy",
        [CourtRoles.Administrator, CourtRoles.Creditor, CourtRoles.Debtor, CourtRoles.Investor, CourtRoles.FinancialInstitution, CourtRoles.GovernmentLiaison]);
    public static readonly Portal Admin = new("管理", "/Admin", [CourtRoles.CourtAdmin]);

    public static readonly IReadOnlyList<Portal> All = [Litigation, FilingReview, Mediation, Judge, Enforcement, Bankruptcy, Admin];

    public static IReadOnlyList<Portal> For(ClaimsPrincipal user) => All.Where(p => p.Roles.Any(user.IsInRole)).ToList();

    public string RolesCsv => string.Join(',', Roles);
}
