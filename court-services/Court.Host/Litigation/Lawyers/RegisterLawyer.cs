using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Access;
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

internal sealed record RegisteredLawyer(Guid UserId, string UserName, string Name, string LicenceNumber, string Firm);

/// <summary>律师注册: an account with the Lawyer role and the practising details a court checks before counsel may act.</summary>
internal static class RegisterLawyer
{
    internal static void MapRegisterLawyer(this RouteGroupBuilder api) =>
        api.MapPost("/lawyers/registrations", async (RegisterLawyerRequest request, UserManager<CourtUser> users, CourtDb db, IAuditLog audit,
                TimeProvider clock, CancellationToken ct) => (await HandleAsync(request, users, db, audit, clock, ct))
                .ToResult(lawyer => TypedResults.Created($"/api/lawyers/{lawyer.UserId}", lawyer)))
            .AllowAnonymous().WithSummary("律师注册");

    internal static async Task<Outcome<RegisteredLawyer>> HandleAsync(RegisterLawyerRequest request, UserManager<CourtUser> users, CourtDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var licence = request.LicenceNumber!;
        if (await db.LawyerProfiles.AnyAsync(l => l.LicenceNumber == licence, ct))
            return LitigationProblem.Conflict("该律师执业证号已注册。如忘记密码，请联系法院重置。");
        if (await users.FindByNameAsync(request.UserName!) is not null)
            return LitigationProblem.Conflict("该用户名已被使用，请换一个。");

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new CourtUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = FilingText.Clean(request.Name),
            IdentifierNumber = PartyIdentifiers.Normalise(request.IdentifierNumber!),
            PhoneNumber = request.Phone,
            CreatedAt = now,
        };
        var strategy = db.Database.CreateExecutionStrategy();
        var problem = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, request.Password!);
            if (!created.Succeeded) return LitigationProblem.Invalid(string.Join("；", created.Errors.Select(PasswordMessage)));
            await users.AddToRoleAsync(user, CourtRoles.Lawyer);
            db.LawyerProfiles.Add(new LawyerProfile { UserId = user.Id, LicenceNumber = licence, Firm = FilingText.Clean(request.Firm), RegisteredAt = now });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return null;
        });
        if (problem is not null) return problem;
        await audit.WriteAsync(new AuditRecord("lawyer.register", Target: licence), ct);
        return new RegisteredLawyer(user.Id, user.UserName!, user.DisplayName, licence, FilingText.Clean(request.Firm));
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
