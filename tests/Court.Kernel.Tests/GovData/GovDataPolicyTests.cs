using Court.GovData.Bridge.V1;
using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Kernel.GovData;
using GovData.Platform.V1;

namespace Court.Kernel.Tests.GovData;

public sealed class GovDataPolicyTests
{
    private const GovDataCategory S = GovDataCategory.Subject;
    private const GovDataCategory A = GovDataCategory.Assets;
    private const GovDataCategory SS = GovDataCategory.SocialSecurity;
    private const GovDataCategory Act = GovDataCategory.Actions;

    public static TheoryData<string, Purpose, CaseCategory, CaseRole, GovDataCategory[], bool> Cases => new()
    {
        // 登记立案规定第四条: the filing clerk checks who the parties are — subject data only.
        { "clerk verifies parties at filing", Purpose.FilingVerification, CaseCategory.Civil, CaseRole.FilingClerk, [S], true },
        { "filing verification never reaches assets", Purpose.FilingVerification, CaseCategory.Civil, CaseRole.FilingClerk, [S, A], false },
        { "a plaintiff is not court staff", Purpose.FilingVerification, CaseCategory.Civil, CaseRole.Plaintiff, [S], false },
        // 民事诉讼法第二百五十三条至第二百五十五条: the enforcement court queries and controls the respondent's property.
        { "enforcement officer queries assets", Purpose.EnforcementInvestigation, CaseCategory.Enforcement, CaseRole.EnforcementOfficer, [A], true },
        { "enforcement officer freezes", Purpose.EnforcementInvestigation, CaseCategory.Enforcement, CaseRole.EnforcementOfficer, [S, A, Act], true },
        { "enforcement does not reach social security", Purpose.EnforcementInvestigation, CaseCategory.Enforcement, CaseRole.EnforcementOfficer, [SS], false },
        { "enforcement purpose needs an enforcement case", Purpose.EnforcementInvestigation, CaseCategory.Civil, CaseRole.Judge, [A], false },
        { "the applicant cannot query the respondent's assets", Purpose.EnforcementInvestigation, CaseCategory.Enforcement, CaseRole.EnforcementApplicant, [A], false },
        { "counsel cannot query either", Purpose.EnforcementInvestigation, CaseCategory.Enforcement, CaseRole.Counsel, [A], false },
        // 企业破产法第二十五条、第四十八条第二款: the administrator investigates property and lists employees' social insurance.
        { "administrator investigates the debtor's property", Purpose.BankruptcyInvestigation, CaseCategory.Bankruptcy, CaseRole.Administrator, [A], true },
        { "administrator lists employees' social security", Purpose.BankruptcyInvestigation, CaseCategory.Bankruptcy, CaseRole.Administrator, [SS], true },
        { "a creditor cannot", Purpose.BankruptcyInvestigation, CaseCategory.Bankruptcy, CaseRole.Creditor, [A], false },
        { "the debtor cannot query itself through the court", Purpose.BankruptcyInvestigation, CaseCategory.Bankruptcy, CaseRole.Debtor, [S], false },
        { "bankruptcy purpose needs a bankruptcy case", Purpose.BankruptcyInvestigation, CaseCategory.Enforcement, CaseRole.Judge, [A], false },
        { "no purpose, no data", Purpose.Unspecified, CaseCategory.Civil, CaseRole.Judge, [S], false },
        { "no category, no grant", Purpose.FilingVerification, CaseCategory.Civil, CaseRole.FilingClerk, [], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_purpose_is_allowed_only_for_its_case_type_its_roles_and_its_categories(
        string because, Purpose purpose, CaseCategory caseCategory, CaseRole role, GovDataCategory[] requested, bool allowed)
    {
        var decision = GovDataPolicy.Decide(purpose, caseCategory, role, requested);

        decision.Allowed.ShouldBe(allowed, because);
        if (!allowed) decision.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_filer_of_a_draft_may_only_verify_the_parties_identity()
    {
        GovDataPolicy.DecideForFilingDraft(Purpose.FilingVerification, [S]).Allowed.ShouldBeTrue();
        GovDataPolicy.DecideForFilingDraft(Purpose.FilingVerification, [S, A]).Allowed.ShouldBeFalse();
        GovDataPolicy.DecideForFilingDraft(Purpose.EnforcementInvestigation, [S]).Allowed.ShouldBeFalse();
    }

    [Theory]
    // 民事诉讼法第二百五十三条、第二百五十五条
    [InlineData(Purpose.EnforcementInvestigation, ActionKind.Freeze, true)]
    [InlineData(Purpose.EnforcementInvestigation, ActionKind.Seize, true)]
    [InlineData(Purpose.EnforcementInvestigation, ActionKind.Deduct, true)]
    [InlineData(Purpose.EnforcementInvestigation, ActionKind.DeregistrationNotice, false)]
    // 企业破产法第十九条: preservation is lifted, never imposed, once bankruptcy is accepted
    [InlineData(Purpose.BankruptcyInvestigation, ActionKind.Unfreeze, true)]
    [InlineData(Purpose.BankruptcyInvestigation, ActionKind.Freeze, false)]
    [InlineData(Purpose.BankruptcyInvestigation, ActionKind.DeregistrationNotice, true)]
    [InlineData(Purpose.FilingVerification, ActionKind.Freeze, false)]
    public void Each_purpose_sends_only_its_own_kinds_of_assistance_request(Purpose purpose, ActionKind kind, bool fits)
    {
        GovDataPolicy.ActionFits(purpose, kind).ShouldBe(fits);
    }
}
