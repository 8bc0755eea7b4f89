using System.ComponentModel.DataAnnotations;
using Court.Host.Litigation;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Accounts;

internal sealed record SendPhoneCodeRequest(
    [property: Required(ErrorMessage = "请填写手机号码。"), RegularExpression(@"^\s*1[3-9]\d{9}\s*$", ErrorMessage = "手机号码应为11位数字，以1开头。")] string? Phone,
    [property: Required(ErrorMessage = "请说明验证码的用途。"), RegularExpression("^(registration|sign-in)$", ErrorMessage = "验证码用途应为注册或登录。")] string? Purpose);

/// <summary>获取短信验证码: for registering an account, or for signing in to one whose phone was confirmed.</summary>
internal static class SendPhoneCode
{
    internal static void MapSendPhoneCode(this RouteGroupBuilder api) =>
        api.MapPost("/accounts/phone-codes", async (SendPhoneCodeRequest request, PhoneCodes codes, CourtDb db, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(request, codes, db, http.Connection.RemoteIpAddress?.ToString(), ct))
                .ToResult(sent => TypedResults.Accepted((string?)null, sent)))
            .AllowAnonymous().WithSummary("获取短信验证码（注册或登录）");

    internal static async Task<Outcome<SentPhoneCode>> HandleAsync(SendPhoneCodeRequest request, PhoneCodes codes, CourtDb db, string? address,
        CancellationToken ct)
    {
        var phone = request.Phone!.Trim();
        var purpose = request.Purpose == "sign-in" ? PhoneCodePurpose.SignIn : PhoneCodePurpose.Registration;
        // A sign-in code goes only to a phone an account confirmed; the answer is the same either way.
        var deliver = purpose == PhoneCodePurpose.Registration || await SmsSignIn.AccountsWithPhone(db, phone).AnyAsync(ct);
        return await codes.SendAsync(phone, purpose, address ?? "unknown", deliver, ct);
    }
}
