namespace Court.Host.Litigation.Lawyers;

/// <summary>
/// 律师执业证号 as the Ministry of Justice numbers it (17 digits, ADR 0014): 1 the certificate type (1 律师执业证); 2–3 the
/// province and 4–5 the city of the firm (GB/T 2260); 6–9 the year first licensed; 10 the practice category (1 专职, 2 兼职,
/// 3 香港居民, 4 澳门居民, 5 台湾居民, 6 公职, 7 公司, 8 法律援助, 9 军队); 11 the sex (1 male, 0 female); 12–17 a sequence number.
/// A well-formed number is still only a claim: a filing clerk checks the licence itself.
/// </summary>
internal static class LicenceNumbers
{
    /// <summary>律师暂行条例 (1980): no lawyer was licensed under the present system before.</summary>
    private const int FirstYear = 1980;

    private static readonly HashSet<int> Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    /// <summary>Why <paramref name="licence"/> (17 digits already checked) is not a licence number, in Chinese; null when it may be one.</summary>
    public static string? Explain(string licence, int currentYear)
    {
        if (licence.Length != 17 || !licence.All(char.IsAsciiDigit)) return "律师执业证号应为17位数字。";
        if (licence[0] != '1') return "律师执业证号第1位应为1（律师执业证），请核对执业证。";
        if (!Provinces.Contains(int.Parse(licence[1..3], System.Globalization.CultureInfo.InvariantCulture)))
            return "律师执业证号第2至3位应为执业机构所在省（自治区、直辖市）的代码，请核对执业证。";
        var year = int.Parse(licence[5..9], System.Globalization.CultureInfo.InvariantCulture);
        if (year < FirstYear || year > currentYear) return "律师执业证号第6至9位应为首次执业的年份，请核对执业证。";
        if (licence[9] == '0') return "律师执业证号第10位应为执业类别代码（1至9），请核对执业证。";
        if (licence[10] is not ('0' or '1')) return "律师执业证号第11位应为性别代码（1或0），请核对执业证。";
        return null;
    }
}
