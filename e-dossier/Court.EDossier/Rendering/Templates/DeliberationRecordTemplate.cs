using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>合议庭评议笔录: time, place, members, each member's opinion in turn, the conclusion, and the members' signatures.</summary>
internal static class DeliberationRecordTemplate
{
    public static IReadOnlyList<Block> Body(DeliberationRecord record)
    {
        var held = ShanghaiTime.From(record.HeldAtUtc);
        var blocks = new List<Block>
        {
            new LabelledLine("时　　间：", held.ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new LabelledLine("地　　点：", record.Place),
            new LabelledLine("案　　由：", record.Cause),
            new LabelledLine("合议庭成员：", string.Join("、", record.Members.Select(m => $"{m.Title}{m.Name}"))),
            new LabelledLine("记 录 人：", record.ClerkName),
            new Paragraph("评议意见："),
        };
        blocks.AddRange(record.Opinions.Select(o => new Paragraph($"{o.Speaker}：{o.Opinion}")));
        blocks.Add(new Paragraph($"评议结论：{record.Conclusion}"));
        blocks.Add(new BlankLine());
        blocks.Add(new KeepLinesTogether(record.Members.Count + 1));
        blocks.AddRange(record.Members.Select(m => new RightLine($"{m.Title}　{m.Name}（签名）", 2)));
        blocks.Add(new RightLine($"记录人　{record.ClerkName}（签名）", 2));
        return blocks;
    }
}
