namespace Court.Kernel.Cases;

/// <summary>A 类型代字 from 《人民法院案件类型及其代字标准》 (e.g. 民初 = civil first instance).</summary>
public sealed record CaseTypeInfo(string Code, string Name, CaseCategory Category, CaseProcedure Procedure);

public enum CaseCategory
{
    Civil,
    Administrative,
    Criminal,
    Enforcement,
    Bankruptcy,
    /// <summary>诉前调解: disputes mediated before a case is filed.</summary>
    Mediation,
}

public enum CaseProcedure
{
    FirstInstance,
    SecondInstance,
    /// <summary>再审 (审判监督程序)</summary>
    Retrial,
    /// <summary>申请再审审查</summary>
    RetrialReview,
    /// <summary>特别程序, including 司法确认</summary>
    SpecialProcedure,
    /// <summary>公示催告程序</summary>
    PublicNotice,
    /// <summary>督促程序 (支付令)</summary>
    PaymentOrder,
    /// <summary>诉前调解</summary>
    PreFilingMediation,
    /// <summary>首次执行</summary>
    FirstEnforcement,
    /// <summary>恢复执行</summary>
    ResumedEnforcement,
    /// <summary>财产保全执行</summary>
    PreservationEnforcement,
    /// <summary>执行异议</summary>
    EnforcementObjection,
    /// <summary>执行复议</summary>
    EnforcementReconsideration,
    /// <summary>执行监督</summary>
    EnforcementSupervision,
    /// <summary>破产申请审查</summary>
    BankruptcyApplicationReview,
    /// <summary>破产 (受理后的破产清算、重整、和解)</summary>
    BankruptcyProceedings,
}
