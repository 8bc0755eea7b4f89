using System.Text.RegularExpressions;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>
/// How a document names its <see cref="CourtDocument.CaseNumber"/>: a case number (案号) as it is, anything else — the
/// filing reference of a filing that is not yet a case, e.g. 网立2026120100001 — labelled 立案申请编号.
/// </summary>
internal static partial class DocumentNumber
{
    /// <summary>
    /// The shape of 案号 (《关于人民法院案件案号的若干规定》第三条): （year）codes sequence号. The catalogue check
    /// (<c>CaseNumber.TryParse</c>) needs the seeds, which a module may not reference; the shape tells the two kinds apart.
    /// </summary>
    public static bool IsCaseNumber(string number) => CaseNumberShape().IsMatch(number);

    public static string Label(string number) => IsCaseNumber(number) ? "案号" : "立案申请编号";

    /// <summary>The header line: the case number alone, or 立案申请编号：网立….</summary>
    public static string Heading(string number) => IsCaseNumber(number) ? number : $"立案申请编号：{number}";

    /// <summary>A labelled body line: 案　　号：… or 立案申请编号：….</summary>
    public static LabelledLine Line(string number) => new(IsCaseNumber(number) ? "案　　号：" : "立案申请编号：", number);

    [GeneratedRegex(@"^\s*[（(]\d{4}[）)]\S*\D\d+号\s*$")]
    private static partial Regex CaseNumberShape();
}
