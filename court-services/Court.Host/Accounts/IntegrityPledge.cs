namespace Court.Host.Accounts;

/// <summary>
/// 诚信诉讼承诺书: shown at registration and signed by ticking it; the version signed and the time are kept with the account (ADR 0018).
/// A new text gets a new version, so what each account signed stays known.
/// </summary>
internal static class IntegrityPledge
{
    public const string Version = "2026-12";

    public const string Title = "诚信诉讼承诺书";

    public static readonly IReadOnlyList<string> Paragraphs =
    [
        "本人（本单位）在本院诉讼服务平台注册账户并参加诉讼活动，郑重承诺：",
        "一、遵循诚实信用原则（《中华人民共和国民事诉讼法》第十三条），如实陈述案件事实，不捏造、歪曲事实。",
        "二、提交的身份信息和证据材料真实、合法，不伪造、变造、隐匿、毁灭证据，不指使、贿买、胁迫他人作伪证。",
        "三、不与他人恶意串通，不以虚假诉讼、虚假调解等方式侵害国家利益、社会公共利益或者他人合法权益。",
        "四、妥善保管账户密码和短信验证码，不将账户交由他人使用；通过本账户进行的操作视为本人（本单位）的行为。",
        "五、按时参加庭审、调解等诉讼活动，遵守法庭纪律和在线诉讼规则。",
        "本人（本单位）知悉：违反上述承诺的，人民法院可以依照《中华人民共和国民事诉讼法》第一百一十四条、第一百一十五条予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
    ];
}
