using Court.Kernel.Calendar;
using Court.Host.Litigation.Lawyers;
using Court.Kernel.Filing;

namespace Court.Host.Litigation.Filings;

/// <summary>
/// What a filing must hold before it goes to the clerk (民事诉讼法第一百二十二条、第一百二十四条; 登记立案规定第四条): the parties
/// with their domiciles and a way to serve them, definite claims, the element form answered, the court chosen.
/// </summary>
internal static class FilingCompleteness
{
    public static IReadOnlyList<string> Missing(OnlineFiling filing, IReadOnlyList<PowerOfAttorneyGrant> attorneys, DateOnly today, RestDayCalendar calendar,
        FilingCatalogue kinds)
    {
        var missing = new List<string>();
        FilingCaseKind? kind = null;
        if (filing.KindSlug is null || !kinds.TryGet(filing.KindSlug, out kind)) missing.Add("请选择案件类型");
        if (filing.CourtCode is null) missing.Add("请选择受理法院");
        if (!filing.Parties.Any(p => p.Side == PartySide.Plaintiff)) missing.Add("请列明原告");
        if (!filing.Parties.Any(p => p.Side == PartySide.Defendant)) missing.Add("请列明明确的被告");
        foreach (var party in filing.Parties)
        {
            var who = $"{party.Side.ChineseName()}{party.Name}";
            if (party.Address is null) missing.Add($"请填写{who}的住所");
            if (party.Kind == PartyKind.LegalPerson && party.Representative is null) missing.Add($"请填写{who}的法定代表人");
            if (party.Side == PartySide.Plaintiff && party.ConsentsToElectronicService && party.Phone is null)
                missing.Add($"{who}同意电子送达，请填写接收短信的手机号码");
            if (!party.ConsentsToElectronicService && party.PostalAddress is null) missing.Add($"{who}未同意电子送达，请填写邮寄送达地址");
            if (party.Verification == PartyVerification.IdentityNotMatched) missing.Add($"{who}的姓名与身份证号码不一致，请核对");
        }
        if (FilingText.Lines(filing.Claims).Count == 0) missing.Add("请填写诉讼请求");
        if (kind is not null)
            missing.AddRange(ElementForm.Validate(kind, FilingAnswers.Read(filing.ElementsJson).ToDictionary(a => a.Key, a => (string?)a.Value), today,
                calendar).Select(e => e.Message.TrimEnd('。')));
        if (filing.FiledByCounsel && !attorneys.Any(a => a.Status != PowerOfAttorneyStatus.Declined))
            missing.Add("律师代为立案须有委托人的授权委托");
        return missing;
    }
}
