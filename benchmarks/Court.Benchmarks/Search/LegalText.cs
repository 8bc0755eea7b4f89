using System.Text;

namespace Court.Benchmarks.Search;

/// <summary>Deterministic pseudo-legal Chinese page text: words of civil pleadings and judgments, Zipf-weighted.</summary>
internal sealed class LegalText(int seed)
{
    // Ordered roughly from most to least frequent; the generator weights word k by 1/(k+1).
    internal static readonly string[] Words =
    [
        "原告", "被告", "本院", "借款", "合同", "认为", "约定", "事实", "证据", "判决", "利息", "诉讼", "请求", "支付", "法律",
        "规定", "审理", "当事人", "人民币", "元", "第三人", "提交", "依法", "双方", "承担", "责任", "借款人", "出借人", "民间借贷",
        "纠纷", "一案", "立案", "受理", "开庭", "公开", "到庭", "参加", "诉称", "辩称", "经审理查明", "上述", "有", "为证",
        "本金", "逾期", "还款", "归还", "利率", "年利率", "月利率", "百分之", "计算", "至", "实际", "清偿", "之日止", "担保",
        "保证人", "连带责任", "保证期间", "诉讼时效", "中断", "主张", "抗辩", "不予支持", "予以支持", "采信", "质证", "意见",
        "真实性", "合法性", "关联性", "银行", "转账", "凭证", "借条", "收条", "欠条", "微信", "聊天记录", "录音", "证人",
        "证言", "鉴定", "意见书", "违约金", "损失", "赔偿", "定金", "解除", "履行", "义务", "违约", "催告", "送达", "公告",
        "缺席", "判决如下", "驳回", "诉讼请求", "案件受理费", "减半收取", "负担", "上诉", "副本", "递交", "中级人民法院",
        "代理人", "委托", "律师", "事务所", "身份证", "住所地", "法定代表人", "有限公司", "股份", "抵押", "质押", "登记",
        "房屋", "车辆", "执行", "财产保全", "查封", "冻结", "扣押", "裁定", "调解", "和解", "撤诉", "准许", "简易程序",
        "普通程序", "合议庭", "审判员", "书记员", "审判长", "评议", "笔录", "签名", "捺印", "核对", "无误",
    ];

    private static readonly double[] Cumulative = BuildCumulative();
    private readonly Random _random = new(seed);

    private static double[] BuildCumulative()
    {
        var c = new double[Words.Length];
        double sum = 0;
        for (var k = 0; k < Words.Length; k++) c[k] = sum += 1.0 / (k + 1);
        for (var k = 0; k < c.Length; k++) c[k] /= sum;
        return c;
    }

    public string Page(int characters = 500)
    {
        var sb = new StringBuilder(characters + 20);
        var sinceComma = 0;
        while (sb.Length < characters)
        {
            var index = Array.BinarySearch(Cumulative, _random.NextDouble());
            sb.Append(Words[index < 0 ? Math.Min(~index, Words.Length - 1) : index]);
            if (++sinceComma >= _random.Next(3, 8))
            {
                sb.Append(_random.Next(4) == 0 ? '。' : '，');
                sinceComma = 0;
            }
        }
        return sb.ToString();
    }

    public int Next(int max) => _random.Next(max);
}
