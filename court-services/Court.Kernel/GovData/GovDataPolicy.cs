using Court.GovData.Bridge.V1;
using GovData.Platform.V1;
using Court.Kernel.Access;
using Court.Kernel.Cases;

namespace Court.Kernel.GovData;

/// <summary>The answer to "may this user pull these data for this purpose in this case?".</summary>
public sealed record GovDataDecision(bool Allowed, string? Reason)
{
    public static readonly GovDataDecision Allow = new(true, null);

    public static GovDataDecision Deny(string reason) => new(false, reason);
}

/// <summary>
/// Which purpose fits which case and role, and what each purpose may reach (docs/adr/0007). A pure function: the host
/// feeds it the case's category and the user's role in the case, and signs a grant only when it allows.
/// </summary>
public static class GovDataPolicy
{
    /// <summary>The categories a purpose may ever reach.</summary>
    public static IReadOnlySet<GovDataCategory> CategoriesOf(Purpose purpose) => purpose switch
    {
        // 《最高人民法院关于人民法院登记立案若干问题的规定》第四条、第六条: the filing names the parties; the court checks who they are.
        Purpose.FilingVerification => new HashSet<GovDataCategory> { GovDataCategory.Subject },
        // 民事诉讼法（2023年修正）第二百五十三条至第二百五十五条: query, freeze, transfer, seize the respondent's property.
        Purpose.EnforcementInvestigation => new HashSet<GovDataCategory> { GovDataCategory.Subject, GovDataCategory.Assets, GovDataCategory.Actions },
        // 企业破产法第二十五条 (the administrator investigates the debtor's property) and 第四十八条第二款
        // (employees' wages and social insurance are listed by the administrator, not claimed).
        Purpose.BankruptcyInvestigation => new HashSet<GovDataCategory>
            { GovDataCategory.Subject, GovDataCategory.Assets, GovDataCategory.SocialSecurity, GovDataCategory.Actions },
        // 网络安全法第二十四条: an account is opened under the user's real identity; the court checks name against ID number.
        Purpose.RealNameVerification => new HashSet<GovDataCategory> { GovDataCategory.Subject },
        _ => new HashSet<GovDataCategory>(),
    };

    /// <summary>Whether <paramref name="role"/> in a case of <paramref name="caseCategory"/> may use <paramref name="purpose"/> for <paramref name="requested"/>.</summary>
    public static GovDataDecision Decide(Purpose purpose, CaseCategory caseCategory, CaseRole role, IEnumerable<GovDataCategory> requested)
    {
        var wanted = requested.ToList();
        if (wanted.Count == 0) return GovDataDecision.Deny("请说明要查询的数据类别。");

        var allowed = CategoriesOf(purpose);
        if (allowed.Count == 0) return GovDataDecision.Deny("请说明查询用途（立案核验、执行查控或破产调查）。");

        var outside = wanted.Where(c => !allowed.Contains(c)).Distinct().ToList();
        if (outside.Count > 0)
            return GovDataDecision.Deny($"用途“{purpose.ChineseName()}”不能查询{string.Join("、", outside.Select(c => c.ChineseName()))}。");

        if (!CaseFits(purpose, caseCategory))
            return GovDataDecision.Deny($"本案不是可以“{purpose.ChineseName()}”的案件类型。");

        return RoleFits(purpose, role)
            ? GovDataDecision.Allow
            : GovDataDecision.Deny($"您在本案中的身份（{role.ChineseName()}）不能以“{purpose.ChineseName()}”用途查询政务数据。");
    }

    /// <summary>The filer of an online filing draft (no case yet) may only check who the parties they name are.</summary>
    public static GovDataDecision DecideForFilingDraft(Purpose purpose, IEnumerable<GovDataCategory> requested)
    {
        var wanted = requested.ToList();
        if (purpose != Purpose.FilingVerification)
            return GovDataDecision.Deny("尚未立案的网上立案只能以“立案核验”用途查询。");
        return wanted.Count > 0 && wanted.All(c => c == GovDataCategory.Subject)
            ? GovDataDecision.Allow
            : GovDataDecision.Deny("网上立案只能核验当事人的主体信息。");
    }

    /// <summary>Which assistance requests a purpose may send.</summary>
    public static bool ActionFits(Purpose purpose, ActionKind kind) => purpose switch
    {
        // 民事诉讼法第二百五十三条、第二百五十五条: freeze, transfer (deduct), seize; 失信 credit repair once the respondent has paid.
        Purpose.EnforcementInvestigation => kind is ActionKind.Freeze or ActionKind.Unfreeze or ActionKind.Seize or ActionKind.Deduct or ActionKind.CreditRepair,
        // 企业破产法第十九条: preservation over the debtor's property is lifted on acceptance; exit tasks: credit repair, deregistration.
        Purpose.BankruptcyInvestigation => kind is ActionKind.Unfreeze or ActionKind.CreditRepair or ActionKind.DeregistrationNotice,
        _ => false,
    };

    private static bool CaseFits(Purpose purpose, CaseCategory category) => purpose switch
    {
        Purpose.FilingVerification => category is not CaseCategory.Criminal,
        Purpose.EnforcementInvestigation => category is CaseCategory.Enforcement,
        Purpose.BankruptcyInvestigation => category is CaseCategory.Bankruptcy,
        _ => false,
    };

    private static bool RoleFits(Purpose purpose, CaseRole role) => purpose switch
    {
        Purpose.FilingVerification => role.IsCourtStaff(),
        Purpose.EnforcementInvestigation => role is CaseRole.EnforcementOfficer or CaseRole.Judge or CaseRole.JudicialAssistant,
        Purpose.BankruptcyInvestigation => role is CaseRole.Judge or CaseRole.JudicialAssistant or CaseRole.Administrator,
        _ => false,
    };
}
