namespace Court.Host.Litigation.Filings;

/// <summary>A party named in an online filing, with the electronic service address it confirmed (送达地址确认书).</summary>
internal sealed class FilingParty
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;

    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public int Order { get; set; }
    public PartySide Side { get; set; }
    public PartyKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>Resident ID number (natural person) or unified social credit code (legal person), validated.</summary>
    public required string IdentifierNumber { get; set; }

    /// <summary>法定代表人 of a legal person.</summary>
    public string? Representative { get; set; }

    /// <summary>住所: domicile or registered address.</summary>
    public string? Address { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The party agreed to electronic service (民事诉讼法第九十条); without it, documents go by post.</summary>
    public bool ConsentsToElectronicService { get; set; }

    public string? PostalAddress { get; set; }

    public PartyVerification Verification { get; set; }

    /// <summary>A legal person's registry status from the last lookup (存续, 吊销, 注销, 清算); null when never looked up.</summary>
    public RegisteredStatus? RegisteredStatus { get; set; }
    public DateTime? VerifiedAt { get; set; }

    /// <summary>The court account of this party, when one with the same identifier exists.</summary>
    public Guid? UserId { get; set; }
}

internal enum PartySide
{
    Plaintiff,
    Defendant,
    ThirdParty,
}

internal enum PartyKind
{
    NaturalPerson,
    LegalPerson,
}

/// <summary>What the government platform said of the party (purpose: filing verification).</summary>
internal enum PartyVerification
{
    NotChecked,

    /// <summary>A natural person's name matches the ID number.</summary>
    IdentityMatched,

    IdentityNotMatched,

    /// <summary>A legal person's name, representative and address were filled in from the registry.</summary>
    RegistryFilled,

    NotFound,
}

internal static class PartyNames
{
    public static string ChineseName(this PartySide side) => side switch
    {
        PartySide.Plaintiff => "原告",
        PartySide.Defendant => "被告",
        PartySide.ThirdParty => "第三人",
        _ => side.ToString(),
    };

    public static string ChineseName(this PartyKind kind) => kind switch
    {
        PartyKind.NaturalPerson => "自然人",
        PartyKind.LegalPerson => "法人或非法人组织",
        _ => kind.ToString(),
    };

    public static string ChineseName(this PartyVerification verification) => verification switch
    {
        PartyVerification.NotChecked => "未核验",
        PartyVerification.IdentityMatched => "身份核验一致",
        PartyVerification.IdentityNotMatched => "姓名与身份证号码不一致",
        PartyVerification.RegistryFilled => "已按登记信息填写",
        PartyVerification.NotFound => "登记机关未查到",
        _ => verification.ToString(),
    };
}
