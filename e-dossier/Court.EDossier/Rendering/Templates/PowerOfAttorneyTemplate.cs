using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>授权委托书: client, lawyer, the matter, and the scope of authority stated as 民事诉讼法 第六十二条 requires.</summary>
internal static class PowerOfAttorneyTemplate
{
    // 民事诉讼法 第六十二条第二款: these acts need a special authority, named as such.
    private const string SpecialPowers = "代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉";

    public static IReadOnlyList<Block> Body(PowerOfAttorney power) =>
    [
        new LabelledLine("委 托 人：", power.Client),
        new LabelledLine("受委托人：", $"{power.Lawyer}，{power.Firm}律师，执业证号{power.LicenceNumber}"),
        DocumentNumber.Line(power.CaseNumber),
        new Paragraph($"现委托上列受委托人在{power.Cause}一案中，作为我方的诉讼代理人。"),
        new LabelledLine("代理权限：", power.Scope == AuthorisationScope.Special
            ? $"特别授权。受委托人除代为起诉、应诉，提交和签收诉讼文书，参加调解和庭审外，并有权{SpecialPowers}。"
            : $"一般授权。受委托人可以代为起诉、应诉，提交和签收诉讼文书，参加调解和庭审；无权{SpecialPowers}。"),
        new Paragraph("委托人已知悉《中华人民共和国民事诉讼法》第六十二条的规定：诉讼代理人代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉，必须有委托人的特别授权。"),
        new BlankLine(),
        new KeepLinesTogether(2),
        new RightLine($"委托人：{power.Client}", RightIndent: 2),
        new RightLine($"确认时间：{ShanghaiTime.Format(power.ConfirmedAtUtc)}（诉讼服务平台在线确认）", RightIndent: 2),
    ];
}
