using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using GovData.Platform.V1;

namespace Court.Host.Litigation.Lawyers;

/// <summary>
/// 实名认证 at registration: asks the platform, through the bridge (purpose real-name verification, audited on the data subject's
/// log), whether the name matches the ID number. A match is necessary, not sufficient: anyone who knows a judgment debtor's name
/// and ID number passes it, so the account stays unverified until a clerk checks a document (ADR 0014).
/// </summary>
internal static class RealNameCheck
{
    public static async Task<LitigationProblem?> RefusalAsync(IGovDataGrants grants, IGovDataBridgeClient bridge, Guid accountId, string userName,
        string residentIdNumber, string name, string requestId, CancellationToken ct, string? phone = null)
    {
        var issued = await grants.IssueForRealNameVerificationAsync(accountId, userName, ct);
        if (!issued.Granted) return LitigationProblem.Forbidden(issued.DeniedReason!);
        try
        {
            var reply = await bridge.QuerySubjectAsync(issued.Token!, new QuerySubjectRequest
            {
                Context = issued.Grant!.ContextFor(requestId),
                Subject = new SubjectRef { ResidentIdNumber = residentIdNumber },
                Name = name,
                Phone = phone ?? "",
            }, ct);
            return reply.IdentityMatch is { Matches: true } match && (phone is null || match.PhoneMatches) ? null : NotMatchedFor(phone);
        }
        catch (GovDataException e) when (e.HttpStatus == StatusCodes.Status404NotFound)
        {
            return NotMatchedFor(phone);
        }
        catch (GovDataException e)
        {
            return new LitigationProblem(StatusCodes.Status503ServiceUnavailable, "govdata-unavailable",
                "暂时无法通过政务数据平台核验身份，请稍后再试。" + e.Message);
        }
    }

    /// <summary>
    /// The enterprise register's public record of <paramref name="creditCode"/> (purpose real-name verification, audited on the
    /// enterprise's log), or the refusal when the platform does not know it.
    /// </summary>
    public static async Task<Outcome<LegalPerson>> LegalPersonAsync(IGovDataGrants grants, IGovDataBridgeClient bridge, Guid accountId,
        string userName, string creditCode, string requestId, CancellationToken ct)
    {
        var issued = await grants.IssueForRealNameVerificationAsync(accountId, userName, ct);
        if (!issued.Granted) return LitigationProblem.Forbidden(issued.DeniedReason!);
        try
        {
            var reply = await bridge.QuerySubjectAsync(issued.Token!, new QuerySubjectRequest
            {
                Context = issued.Grant!.ContextFor(requestId),
                Subject = new SubjectRef { CreditCode = creditCode },
            }, ct);
            return reply.LegalPerson is { } found ? found : LegalPersonNotMatched;
        }
        catch (GovDataException e) when (e.HttpStatus == StatusCodes.Status404NotFound)
        {
            return LegalPersonNotMatched;
        }
        catch (GovDataException e)
        {
            return new LitigationProblem(StatusCodes.Status503ServiceUnavailable, "govdata-unavailable",
                "暂时无法通过政务数据平台核验身份，请稍后再试。" + e.Message);
        }
    }

    public static readonly LitigationProblem LegalPersonNotMatched = new(StatusCodes.Status422UnprocessableEntity, "identity-not-matched",
        "单位名称、统一社会信用代码与法定代表人未能通过企业登记信息核验。请按营业执照如实填写；如登记信息已变更，请携带营业执照到法院诉讼服务中心办理。");

    /// <summary>The same answer whether the number is unknown or the name differs: registration is no oracle either.</summary>
    private static LitigationProblem NotMatchedFor(string? phone) => phone is null ? NotMatched : NotMatchedWithPhone;

    private static readonly LitigationProblem NotMatched = new(StatusCodes.Status422UnprocessableEntity, "identity-not-matched",
        "姓名与居民身份证号码未能通过实名核验。请按身份证件如实填写姓名和号码；如确认无误，请携带身份证件到法院诉讼服务中心办理。");

    /// <summary>Name, number or phone: one answer for all three, so a registration does not tell which was wrong.</summary>
    private static readonly LitigationProblem NotMatchedWithPhone = new(StatusCodes.Status422UnprocessableEntity, "identity-not-matched",
        "姓名、居民身份证号码与手机号码未能通过实名核验。请按身份证件如实填写，并使用登记在本人名下的手机号码；如确认无误，请携带身份证件到法院诉讼服务中心办理。");
}
