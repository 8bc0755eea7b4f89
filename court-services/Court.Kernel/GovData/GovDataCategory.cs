namespace Court.Kernel.GovData;

/// <summary>What a government data authorisation may reach.</summary>
public enum GovDataCategory
{
    /// <summary>主体: who a person or organisation is.</summary>
    Subject,

    /// <summary>财产: real estate, vehicles, deposits, securities, equity stakes, housing fund.</summary>
    Assets,

    /// <summary>社保: contribution histories and employers' arrears.</summary>
    SocialSecurity,

    /// <summary>协助执行: freeze, unfreeze, seize, deduct, credit repair, deregistration notices.</summary>
    Actions,
}

public static class GovDataCategoryNames
{
    public static string ChineseName(this GovDataCategory category) => category switch
    {
        GovDataCategory.Subject => "主体信息",
        GovDataCategory.Assets => "财产信息",
        GovDataCategory.SocialSecurity => "社保信息",
        GovDataCategory.Actions => "协助执行请求",
        _ => category.ToString(),
    };
}
