namespace Court.Seeds.Sandbox;

/// <summary>Personal names as they are common in southern Fujian: surnames by frequency, given names by gender and generation.</summary>
internal static class ChineseNames
{
    // Surname frequencies per thousand, roughly those of Xiamen and Quanzhou (陈 and 林 far ahead).
    private static readonly Weighted<string> Surnames = new(
    [
        ("陈", 140), ("林", 110), ("黄", 70), ("张", 40), ("李", 40), ("王", 40), ("吴", 40), ("郑", 35), ("刘", 30),
        ("蔡", 30), ("杨", 30), ("许", 25), ("洪", 25), ("郭", 20), ("苏", 20), ("叶", 20), ("庄", 20), ("谢", 20),
        ("曾", 20), ("周", 18), ("柯", 15), ("邱", 15), ("徐", 15), ("卢", 13), ("方", 13), ("江", 12), ("何", 12),
        ("高", 10), ("傅", 10), ("颜", 10), ("杜", 8), ("魏", 8), ("朱", 8), ("罗", 8), ("肖", 8), ("余", 8),
        ("连", 6), ("詹", 6), ("潘", 6), ("骆", 5), ("游", 5), ("汪", 5), ("欧阳", 2), ("司马", 1),
    ]);

    private static readonly char[] OlderMale =
        [.. "建国军华平明德志文伟强勇福荣忠生金水海清源春林国新民兴财顺宝贵东辉"];

    private static readonly char[] OlderFemale =
        [.. "秀英兰珍凤美玉梅芳霞华红丽琴桂月花淑惠云香素娥丹萍"];

    private static readonly char[] YoungerMale =
        [.. "伟强磊军勇杰涛明斌鹏辉宇浩凯晨鑫峰海俊毅昊轩哲思源博泽睿天锦晖航宏志文彬亮超帆阳"];

    private static readonly char[] YoungerFemale =
        [.. "芳丽敏静燕娟玲婷雪颖莉萍欣怡佳雅琪妍晓慧丹蓉珊璐诗涵梦彤瑶婧琳倩洁薇晴悦"];

    /// <summary>Born before 1975: the older stock of given-name characters; later, the newer.</summary>
    public static string Draw(SeededRandom random, bool isMale, int birthYear)
    {
        var characters = (isMale, birthYear < 1975) switch
        {
            (true, true) => OlderMale,
            (true, false) => YoungerMale,
            (false, true) => OlderFemale,
            (false, false) => YoungerFemale,
        };
        var surname = Surnames.Draw(random);
        var first = random.Pick(characters);
        if (random.Chance(0.25)) return $"{surname}{first}";
        char second;
        do second = random.Pick(characters); while (second == first);
        return $"{surname}{first}{second}";
    }
}
