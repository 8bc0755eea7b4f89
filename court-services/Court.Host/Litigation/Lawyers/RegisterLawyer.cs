using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.GovData;
using Court.Kernel.Audit;
using Court.Kernel.Identifiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Lawyers;

internal sealed record RegisterLawyerRequest(
    [property: Required(ErrorMessage = "请设置用户名。"), RegularExpression("^[a-z0-9][a-z0-9._-]{2,39}$", ErrorMessage = "用户名为3至40位小写字母、数字或 . _ -，以字母或数字开头。")] string? UserName,
    [property: Required(ErrorMessage = "请设置密码。"), StringLength(128, MinimumLength = 10, ErrorMessage = "密码至少10位。")] string? Password,
    [property: Required(ErrorMessage = "请填写姓名。"), StringLength(50, ErrorMessage = "姓名过长。")] string? Name,
    [property: Required(ErrorMessage = "请填写居民身份证号码。")] string? IdentifierNumber,
    [property: Required(ErrorMessage = "请填写手机号码。"), RegularExpression(@"^1[3-9]\d{9}$", ErrorMessage = "手机号码应为11位数字。")] string? Phone,
    [property: Required(ErrorMessage = "请填写律师执业证号。"), RegularExpression(@"^\d{17}$", ErrorMessage = "律师执业证号应为17位数字。")] string? LicenceNumber,
    [property: Required(ErrorMessage = "请填写执业机构（律师事务所）。"), StringLength(200, MinimumLength = 4, ErrorMessage = "执业机构名称应为4至200字。")] string? Firm)
    : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdentifierNumber is not null && ResidentIdNumber.Explain(IdentifierNumber) is { } problem)
            yield return new ValidationResult(problem + "。", [nameof(IdentifierNumber)]);
    }
}

internal sealed record RegisteredLawyer(Guid UserId, string UserName, string Name, string LicenceNumber, string Firm, string Status, string StatusName);

/// <summary>What registration needs: the account store, the database, the audit log, the clock and the bridge for 实名认证.</summary>
internal sealed record LawyerRegistrationServices(UserManager<CourtUser> Users, CourtDb Db, IAuditLog Audit, TimeProvider Clock,
    IGovDataGrants Grants, IGovDataBridgeClient Bridge);

/// <summary>
/// 律师注册: an account under a real name matched by the platform, and the practising details a clerk checks before the account
/// gets the Lawyer role (ADR 0014). One account per ID number; until the clerk verifies, the registration is pending.
/// </summary>
internal static class RegisterLawyer
{
    internal static void MapRegisterLawyer(this RouteGroupBuilder api) =>
        api.MapPost("/lawyers/registrations", async (RegisterLawyerRequest request, LawyerRegistrationServices services, HttpContext http,
                CancellationToken ct) => (await HandleAsync(request, services, http.TraceIdentifier, ct))
                .ToResult(lawyer => TypedResults.Created($"/api/lawyers/{lawyer.UserId}", lawyer)))
            .AllowAnonymous().WithSummary("律师注册（待立案庭核验执业证）");

    internal static async Task<Outcome<RegisteredLawyer>> HandleAsync(RegisterLawyerRequest request, LawyerRegistrationServices s, string requestId,
        CancellationToken ct)
    {
        var licence = request.LicenceNumber!;
        if (LicenceNumbers.Explain(licence, ShanghaiTime.From(s.Clock.GetUtcNow().UtcDateTime).Year) is { } badLicence)
            return LitigationProblem.Invalid(badLicence);
        var identifier = PartyIdentifiers.Normalise(request.IdentifierNumber!);
        if (await s.Db.Users.AnyAsync(u => u.IdentifierNumber == identifier, ct)) return DuplicateIdentity;
        if (await s.Db.LawyerProfiles.AnyAsync(l => l.LicenceNumber == licence, ct))
            return LitigationProblem.Conflict("该律师执业证号已注册。如忘记密码，请联系法院重置。");
        if (await s.Users.FindByNameAsync(request.UserName!) is not null)
            return LitigationProblem.Conflict("该用户名已被使用，请换一个。");

        var name = FilingText.Clean(request.Name);
        var user = new CourtUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = name,
            IdentifierNumber = identifier,
            PhoneNumber = request.Phone,
            CreatedAt = s.Clock.GetUtcNow().UtcDateTime,
        };
        if (await RealNameCheck.RefusalAsync(s.Grants, s.Bridge, user.Id, user.UserName!, identifier, name, requestId, ct) is { } refused)
        {
            await s.Audit.WriteAsync(new AuditRecord("lawyer.register", Target: licence, Outcome: "IdentityNotMatched"), ct);
            return refused;
        }

        var problem = await CreateAsync(s, user, request.Password!, licence, FilingText.Clean(request.Firm), ct);
        if (problem is not null) return problem;
        await s.Audit.WriteAsync(new AuditRecord("lawyer.register", Target: licence, Outcome: "Pending"), ct);
        return new RegisteredLawyer(user.Id, user.UserName!, user.DisplayName, licence, FilingText.Clean(request.Firm), "pending", PendingName);
    }

    internal const string PendingName = "待核验：请携带律师执业证和身份证件到法院诉讼服务中心，立案庭核验后即可代理案件";

    private static readonly LitigationProblem DuplicateIdentity =
        LitigationProblem.Conflict("该身份证号码已注册账户，一个身份只能注册一个账户。如忘记用户名或密码，请携带身份证件联系法院诉讼服务中心。");

    private static async Task<LitigationProblem?> CreateAsync(LawyerRegistrationServices s, CourtUser user, string password, string licence,
        string firm, CancellationToken ct)
    {
        var strategy = s.Db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await s.Db.Database.BeginTransactionAsync(ct);
                var created = await s.Users.CreateAsync(user, password);
                if (!created.Succeeded) return LitigationProblem.Invalid(string.Join("；", created.Errors.Select(PasswordMessage)));
                // No Lawyer role yet: a clerk grants it when the licence is verified (VerifyLawyer).
                s.Db.LawyerProfiles.Add(new LawyerProfile { UserId = user.Id, LicenceNumber = licence, Firm = firm, RegisteredAt = user.CreatedAt });
                await s.Db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return (LitigationProblem?)null;
            });
        }
        catch (DbUpdateException)
        {
            // Two registrations raced past the checks: the unique indexes decided.
            return DuplicateIdentity;
        }
    }

    private static string PasswordMessage(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码至少10位",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须包含数字",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须包含小写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须包含大写字母",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用",
        _ => "账户信息不符合要求：" + error.Code,
    };
}
