namespace Court.Kernel.Access;

/// <summary>What a user is in one case. A user sees a case only through such a role (or as court admin).</summary>
public enum CaseRole
{
    Plaintiff,
    Defendant,
    ThirdParty,
    Counsel,
    EnforcementApplicant,
    Respondent,
    Debtor,
    Creditor,
    Investor,
    FinancialInstitution,
    GovernmentLiaison,
    Administrator,
    FilingClerk,
    Judge,
    JudicialAssistant,
    EnforcementOfficer,
}

public static class CaseRoles
{
    /// <summary>Roles that work the case inside the court and may read the internal volume (副卷).</summary>
    public static bool IsBench(this CaseRole role) =>
        role is CaseRole.Judge or CaseRole.JudicialAssistant or CaseRole.EnforcementOfficer;

    public static bool IsCourtStaff(this CaseRole role) =>
        role.IsBench() || role is CaseRole.FilingClerk;

    public static string ChineseName(this CaseRole role) => role switch
    {
        CaseRole.Plaintiff => "原告",
        CaseRole.Defendant => "被告",
        CaseRole.ThirdParty => "第三人",
        CaseRole.Counsel => "诉讼代理人",
        CaseRole.EnforcementApplicant => "申请执行人",
        CaseRole.Respondent => "被执行人",
        CaseRole.Debtor => "债务人",
        CaseRole.Creditor => "债权人",
        CaseRole.Investor => "投资人",
        CaseRole.FinancialInstitution => "金融机构",
        CaseRole.GovernmentLiaison => "政府部门",
        CaseRole.Administrator => "管理人",
        CaseRole.FilingClerk => "立案法官",
        CaseRole.Judge => "承办法官",
        CaseRole.JudicialAssistant => "法官助理",
        CaseRole.EnforcementOfficer => "执行法官",
        _ => role.ToString(),
    };
}
