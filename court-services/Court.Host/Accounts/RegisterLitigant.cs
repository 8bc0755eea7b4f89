using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Host.Litigation;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Court.Kernel.Identifiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Accounts;

/// <summary>
/// 当事人注册. A natural person gives name, ID number and phone; a legal person gives its name and credit code and its legal
/// representative's name, ID number and phone. The phone is proved by the SMS code; the 诚信诉讼承诺书 is signed.
/// </summary>
internal sealed record RegisterLitigantRequest(
    [property: Required(ErrorMessage = "请选择自然人或法人注册。"), RegularExpression("^(natural-person|legal-person)$", ErrorMessage = "注册类型应为自然人或法人。")] string? Kind,
    [property: Required(ErrorMessage = "请设置用户名。"), RegularExpression("^[a-z0-9][a-z0-9._-]{2,39}$", ErrorMessage = "用户名为3至40位小写字母、数字或 . _ -，以字母或数字开头。")] string? UserName,
    [property: Required(ErrorMessage = "请设置密码。"), StringLength(128, MinimumLength = 10, ErrorMessage = "密码至少10位。")] string? Password,
    [property: Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名过长。")] string? Name,
    [property: Required(ErrorMessage = "请填写居民身份证号码。")] string? IdentifierNumber,
    [property: Required(ErrorMessage = "请填写手机号码。"), RegularExpression(@"^1[3-9]\d{9}$", ErrorMessage = "手机号码应为11位数字，以1开头。")] string? Phone,
    [property: Required(ErrorMessage = "请填写短信验证码。"), RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "短信验证码为6位数字。")] string? Code,
    bool AcceptsIntegrityPledge,
    string? IntegrityPledgeVersion,
    [property: StringLength(200, ErrorMessage = "单位名称过长。")] string? OrganisationName = null,
    string? CreditCode = null)
    : IValidatableObject
{
    public bool IsLegalPerson => Kind == "legal-person";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdentifierNumber is not null && ResidentIdNumber.Explain(IdentifierNumber.Trim()) is { } problem)
            yield return new ValidationResult((IsLegalPerson ? "法定代表人的" : "") + problem + "。", [nameof(IdentifierNumber)]);
        if (IsLegalPerson)
        {
            if (string.IsNullOrWhiteSpace(OrganisationName)) yield return new ValidationResult("请填写单位名称（与营业执照一致）。", [nameof(OrganisationName)]);
            if (string.IsNullOrWhiteSpace(CreditCode)) yield return new ValidationResult("请填写统一社会信用代码。", [nameof(CreditCode)]);
            else if (UnifiedSocialCreditCode.Explain(CreditCode.Trim().ToUpperInvariant()) is { } code)
                yield return new ValidationResult(code + "。", [nameof(CreditCode)]);
        }
        if (!AcceptsIntegrityPledge) yield return new ValidationResult("请阅读并签署《诚信诉讼承诺书》。", [nameof(AcceptsIntegrityPledge)]);
        else if (IntegrityPledgeVersion != IntegrityPledge.Version)
            yield return new ValidationResult("《诚信诉讼承诺书》已更新，请重新阅读后签署。", [nameof(IntegrityPledgeVersion)]);
    }
}

internal sealed record RegisteredLitigant(Guid UserId, string UserName, string DisplayName, string Kind, string? IdentifierMasked,
    string IntegrityPledgeVersion, DateTime IntegrityPledgeAcceptedAt);

internal sealed record LitigantRegistrationServices(UserManager<CourtUser> Users, CourtDb Db, PhoneCodes Codes, IAuditLog Audit, TimeProvider Clock,
    IGovDataGrants Grants, IGovDataBridgeClient Bridge);

internal static class RegisterLitigant
{
    internal static void MapRegisterLitigant(this RouteGroupBuilder api) =>
        api.MapPost("/accounts/registrations", async (RegisterLitigantRequest request, LitigantRegistrationServices services, HttpContext http,
                CancellationToken ct) => (await HandleAsync(request, services, http.TraceIdentifier, ct))
                .ToResult(account => TypedResults.Created("/api/me", account)))
            .AllowAnonymous().WithSummary("当事人注册（自然人或法人，实名核验并以短信验证码确认手机）");

    internal static async Task<Outcome<RegisteredLitigant>> HandleAsync(RegisterLitigantRequest request, LitigantRegistrationServices s,
        string requestId, CancellationToken ct)
    {
        var phone = request.Phone!.Trim();
        if (await WeakPasswordAsync(s.Users, request.Password!) is { } weak) return weak;
        var checkedCode = await s.Codes.CheckAsync(phone, PhoneCodePurpose.Registration, request.Code!, ct);
        if (checkedCode.Problem is { } wrongCode) return wrongCode;
        var code = checkedCode.Value!;

        var refused = await RefusalAsync(request, phone, s, requestId, ct);
        if (refused.Problem is { } problem)
        {
            // A right code spent on a refused registration costs a try: the code does not make a free oracle of name and number.
            code.CountRefusedUse();
            await s.Db.SaveChangesAsync(ct);
            await s.Audit.WriteAsync(new AuditRecord("account.register", Target: PhoneCodes.Masked(phone), Outcome: problem.Slug), ct);
            return problem;
        }
        var user = refused.Value!;
        var now = s.Clock.GetUtcNow().UtcDateTime;
        user.SignIntegrityPledge(IntegrityPledge.Version, now);
        user.VerifyIdentity(request.IsLegalPerson ? IdentityVerificationMethod.LegalRepresentativeConfirmedBySms
            : IdentityVerificationMethod.RegistryPhoneConfirmedBySms, "政务数据平台三要素核验及短信验证码", now);
        code.Use(now);

        var created = await CreateAsync(s, user, request.Password!, ct);
        if (created is not null) return created;
        await s.Audit.WriteAsync(new AuditRecord("account.register", Target: user.UserName, Outcome: "Verified"), ct);
        return new RegisteredLitigant(user.Id, user.UserName!, user.DisplayName, request.Kind!, Features.Me.GetMe.MaskIdentifier(user.IdentifierNumber),
            IntegrityPledge.Version, now);
    }

    /// <summary>The account to create, or why not: taken identifiers first, then the platform's answer on person and enterprise.</summary>
    private static async Task<Outcome<CourtUser>> RefusalAsync(RegisterLitigantRequest request, string phone, LitigantRegistrationServices s,
        string requestId, CancellationToken ct)
    {
        var personId = PartyIdentifiers.Normalise(request.IdentifierNumber!);
        var name = FilingText.Clean(request.Name);
        var accountIdentifier = request.IsLegalPerson ? PartyIdentifiers.Normalise(request.CreditCode!) : personId;
        if (await s.Db.Users.AnyAsync(u => u.IdentifierNumber == accountIdentifier, ct))
            return request.IsLegalPerson ? DuplicateOrganisation : DuplicateIdentity;
        if (await s.Users.FindByNameAsync(request.UserName!) is not null) return LitigationProblem.Conflict("该用户名已被使用，请换一个。");
        if (await s.Db.Users.AnyAsync(u => u.PhoneNumber == phone && u.PhoneNumberConfirmed, ct))
            return LitigationProblem.Conflict("该手机号码已是另一个账户的登录手机号。如忘记用户名或密码，可用短信验证码登录。");

        var user = new CourtUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = name,
            IdentifierNumber = accountIdentifier,
            PhoneNumber = phone,
            PhoneNumberConfirmed = true,
            CreatedAt = s.Clock.GetUtcNow().UtcDateTime,
        };
        if (await RealNameCheck.RefusalAsync(s.Grants, s.Bridge, user.Id, user.UserName!, personId, name, requestId, ct, phone) is { } notMatched)
            return notMatched;
        if (!request.IsLegalPerson) return user;

        var registered = await RealNameCheck.LegalPersonAsync(s.Grants, s.Bridge, user.Id, user.UserName!, accountIdentifier, requestId, ct);
        if (registered.Problem is { } unknown) return unknown;
        var organisation = FilingText.Clean(request.OrganisationName);
        if (registered.Value!.Name != organisation || registered.Value.LegalRepresentative != name) return RealNameCheck.LegalPersonNotMatched;
        user.DisplayName = organisation;
        user.RegisterLegalRepresentative(name, personId);
        return user;
    }

    /// <summary>Checked before the code, so a password the policy refuses costs no try of the code.</summary>
    private static async Task<LitigationProblem?> WeakPasswordAsync(UserManager<CourtUser> users, string password)
    {
        var probe = new CourtUser { DisplayName = "", UserName = "" };
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, probe, password) is { Succeeded: false } result)
                return LitigationProblem.Invalid(string.Join("；", result.Errors.Select(AccountMessages.Password)) + "。");
        return null;
    }

    private static readonly LitigationProblem DuplicateIdentity =
        LitigationProblem.Conflict("该身份证号码已注册账户，一个身份只能注册一个账户。如忘记用户名或密码，可用短信验证码登录，或携带身份证件联系法院诉讼服务中心。");

    private static readonly LitigationProblem DuplicateOrganisation =
        LitigationProblem.Conflict("该统一社会信用代码已注册账户，一个单位只能注册一个账户。请向本单位已注册账户的经办人了解，或携带营业执照联系法院诉讼服务中心。");

    private static async Task<LitigationProblem?> CreateAsync(LitigantRegistrationServices s, CourtUser user, string password, CancellationToken ct)
    {
        var strategy = s.Db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await s.Db.Database.BeginTransactionAsync(ct);
                var created = await s.Users.CreateAsync(user, password);
                if (!created.Succeeded) return LitigationProblem.Invalid(string.Join("；", created.Errors.Select(AccountMessages.Password)));
                var role = await s.Users.AddToRoleAsync(user, CourtRoles.Litigant);
                if (!role.Succeeded) throw new InvalidOperationException("The Litigant role could not be granted: " + role.Errors.First().Code);
                await s.Db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return (LitigationProblem?)null;
            });
        }
        catch (DbUpdateException)
        {
            return DuplicateIdentity;
        }
    }
}
