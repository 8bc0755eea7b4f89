using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>送达地址确认书: the addresses, the consent (or not) to electronic service, what the party was told, the confirmation.</summary>
internal static class ServiceAddressConfirmationTemplate
{
    public static IReadOnlyList<Block> Body(ServiceAddressConfirmation confirmation)
    {
        var blocks = new List<Block>
        {
            DocumentNumber.Line(confirmation.CaseNumber),
            new LabelledLine("受送达人：", $"{confirmation.PartyName}（{confirmation.PartySide}）"),
            new LabelledLine("手机号码：", confirmation.Phone),
        };
        if (confirmation.Email is { } email) blocks.Add(new LabelledLine("电子邮箱：", email));
        blocks.Add(new LabelledLine("平台账户：", confirmation.PortalAccount));
        blocks.Add(new LabelledLine("邮寄地址：", confirmation.PostalAddress));
        blocks.Add(new LabelledLine("电子送达：", confirmation.ConsentsToElectronicService
            ? "同意。人民法院可以通过诉讼服务平台账户、手机短信或上列电子邮箱送达诉讼文书。"
            : "不同意。请按上列邮寄地址送达诉讼文书。"));
        blocks.Add(new FlushLine("告知事项："));
        blocks.Add(new Paragraph("一、依照《中华人民共和国民事诉讼法》第九十条的规定，经受送达人同意，人民法院可以采用能够确认其收悉的电子方式送达诉讼文书，以送达信息到达受送达人特定系统的日期为送达日期；受送达人需要纸质判决书、裁定书、调解书的，人民法院应当提供。"));
        blocks.Add(new Paragraph("二、送达地址或者联系方式变更的，应当及时告知人民法院；未及时告知的，人民法院按上列地址送达即视为送达。"));
        blocks.Add(new Paragraph("三、因上列地址不准确、变更后未及时告知或者拒不签收，导致诉讼文书未能被实际接收的，文书退回之日视为送达之日。"));
        blocks.Add(new Paragraph("受送达人已阅知上述告知事项，确认上列送达地址及联系方式真实、有效。"));
        blocks.Add(new BlankLine());
        blocks.Add(new KeepLinesTogether(2));
        blocks.Add(new RightLine($"确认人：{confirmation.PartyName}", RightIndent: 2));
        blocks.Add(new RightLine($"确认时间：{ShanghaiTime.Format(confirmation.ConfirmedAtUtc)}", RightIndent: 2));
        return blocks;
    }
}
