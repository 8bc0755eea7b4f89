using Court.Host.Jobs;
using Court.Host.Litigation;
using Court.Host.Notifications;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Accounts;

/// <summary>A code on its way: to which phone (masked), until when it works, when another may be asked for.</summary>
internal sealed record SentPhoneCode(string PhoneMasked, DateTime ExpiresAt, int ResendAfterSeconds);

/// <summary>
/// SMS codes (ADR 0018): sent through the notification outbox in the same transaction as the hashed code, limited per phone (one a
/// minute per purpose, five an hour) and per client address (twenty an hour) on the database, so every node counts the same sends.
/// </summary>
internal sealed class PhoneCodes(CourtDb db, JobQueue jobs, IAuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(1);
    public const int SendsPerPhonePerHour = 5;
    public const int SendsPerAddressPerHour = 20;

    /// <summary>
    /// Issues a code for <paramref name="phone"/>. When <paramref name="deliver"/> is false (sign-in to a phone no account holds) the
    /// code is recorded and counted but no SMS goes out, so the answer does not tell whether the phone has an account.
    /// </summary>
    public async Task<Outcome<SentPhoneCode>> SendAsync(string phone, PhoneCodePurpose purpose, string address, bool deliver, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var recent = await db.PhoneCodes.AsNoTracking().Where(c => c.Phone == phone && c.CreatedAt > hourAgo)
            .Select(c => new { c.CreatedAt, c.Purpose }).ToListAsync(ct);
        // One a minute for the same purpose: signing in right after registering is no resend.
        var last = recent.Where(c => c.Purpose == purpose).Select(c => (DateTime?)c.CreatedAt).Max();
        if (last is { } sentAt && sentAt + ResendAfter > now)
            return TooSoon(sentAt + ResendAfter - now, $"验证码已发送，请 {Seconds(sentAt + ResendAfter - now)} 秒后再获取。");
        if (recent.Count >= SendsPerPhonePerHour)
            return TooSoon(recent.Min(c => c.CreatedAt).AddHours(1) - now, "该手机号码一小时内获取验证码的次数已达上限，请稍后再试。");
        var fromAddress = await db.PhoneCodes.CountAsync(c => c.RequestedFrom == address && c.CreatedAt > hourAgo, ct);
        if (fromAddress >= SendsPerAddressPerHour)
            return TooSoon(TimeSpan.FromHours(1), "您所在的网络获取验证码过于频繁，请一小时后再试。");

        var (code, plain) = PhoneCode.Issue(phone, purpose, address, now);
        db.PhoneCodes.Add(code);
        Job? dispatch = null;
        if (deliver)
        {
            db.SmsOutbox.Add(new SmsOutboxMessage
            {
                Id = Guid.CreateVersion7(), Phone = phone, Text = Text(purpose, plain), Status = SmsStatus.Pending, CreatedAt = now,
                IdempotencyKey = "phone-code:" + code.Id.ToString("N"),
            });
            dispatch = await SmsDispatch.QueueAsync(db, jobs, ct);
        }
        await db.SaveChangesAsync(ct);
        if (dispatch is not null) jobs.WakeIfDue(dispatch);
        await audit.WriteAsync(new AuditRecord("account.phone-code", Target: Masked(phone), Purpose: purpose.ToString(),
            Outcome: deliver ? "Sent" : "NoAccount"), ct);
        return new SentPhoneCode(Masked(phone), code.ExpiresAt, (int)ResendAfter.TotalSeconds);
    }

    /// <summary>The latest code sent to <paramref name="phone"/> for <paramref name="purpose"/> when <paramref name="typed"/> is it; a wrong try is saved.</summary>
    public async Task<Outcome<PhoneCode>> CheckAsync(string phone, PhoneCodePurpose purpose, string typed, CancellationToken ct)
    {
        var code = await db.PhoneCodes.Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
        if (code is null) return Refused("phone-code-missing", "请先获取短信验证码。");
        var refusal = code.Check(typed, clock.GetUtcNow().UtcDateTime);
        if (refusal != PhoneCodeRefusal.None) await db.SaveChangesAsync(ct);
        return refusal switch
        {
            PhoneCodeRefusal.None => code,
            PhoneCodeRefusal.Wrong => Refused("phone-code-wrong", $"短信验证码不正确，还可以再试 {code.AttemptsLeft} 次。"),
            PhoneCodeRefusal.Expired => Refused("phone-code-expired", "短信验证码已过期（5 分钟内有效），请重新获取。"),
            _ => Refused("phone-code-exhausted", "短信验证码已失效（已使用或输错次数过多），请重新获取。"),
        };
    }

    public static string Masked(string phone) => phone.Length == 11 ? phone[..3] + "****" + phone[7..] : "***";

    private static string Text(PhoneCodePurpose purpose, string plain) => purpose switch
    {
        PhoneCodePurpose.Registration => $"【智慧法院】您正在注册诉讼服务账户，验证码 {plain}，5 分钟内有效。请勿告诉他人，法院工作人员不会向您索要验证码。",
        _ => $"【智慧法院】您正在登录诉讼服务平台，验证码 {plain}，5 分钟内有效。请勿告诉他人，法院工作人员不会向您索要验证码。",
    };

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static LitigationProblem TooSoon(TimeSpan wait, string detail) => LitigationProblem.TooManyRequests(wait, detail);

    private static LitigationProblem Refused(string slug, string detail) => new(StatusCodes.Status422UnprocessableEntity, slug, detail);
}
