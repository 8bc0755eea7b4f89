namespace Court.Kernel.Identifiers;

/// <summary>
/// 登记管理部门代码: position 1 of a unified social credit code (GB 32100-2015 代码结构, and the codes
/// added since). Each member's value is the character used in the code.
/// </summary>
public enum RegistrationAuthority
{
    /// <summary>1 机构编制</summary>
    InstitutionalEstablishment = '1',
    /// <summary>2 外交</summary>
    ForeignAffairs = '2',
    /// <summary>3 司法行政</summary>
    JusticeAdministration = '3',
    /// <summary>4 文化</summary>
    Culture = '4',
    /// <summary>5 民政</summary>
    CivilAffairs = '5',
    /// <summary>6 旅游</summary>
    Tourism = '6',
    /// <summary>7 宗教</summary>
    Religion = '7',
    /// <summary>8 工会</summary>
    TradeUnion = '8',
    /// <summary>9 工商 (market regulation)</summary>
    MarketRegulation = '9',
    /// <summary>A 中央军委改革和编制办公室</summary>
    MilitaryEstablishment = 'A',
    /// <summary>N 农业</summary>
    Agriculture = 'N',
    /// <summary>Y 其他</summary>
    Other = 'Y',
}
