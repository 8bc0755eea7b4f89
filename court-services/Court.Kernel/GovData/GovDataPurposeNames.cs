using Court.GovData.Bridge.V1;

namespace Court.Kernel.GovData;

public static class GovDataPurposeNames
{
    public static string ChineseName(this Purpose purpose) => purpose switch
    {
        Purpose.FilingVerification => "立案核验",
        Purpose.EnforcementInvestigation => "执行查控",
        Purpose.BankruptcyInvestigation => "破产调查",
        Purpose.RealNameVerification => "实名认证",
        _ => "未说明用途",
    };
}
