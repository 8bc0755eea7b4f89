using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Identity;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

internal sealed record PartyRequest(
    [property: Required(ErrorMessage = "请选择当事人的诉讼地位（原告、被告或第三人）。")] string? Side,
    [property: Required(ErrorMessage = "请填写当事人的姓名或名称。"), StringLength(FilingParty.NameMaxLength, ErrorMessage = "当事人名称不能超过200字。")] string? Name,
    [property: Required(ErrorMessage = "请填写当事人的身份证号码或统一社会信用代码。")] string? IdentifierNumber,
    [property: StringLength(100, ErrorMessage = "法定代表人姓名过长。")] string? Representative,
    [property: StringLength(FilingParty.AddressMaxLength, ErrorMessage = "住所不能超过300字。")] string? Address,
    [property: RegularExpression(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "联系电话应为11位手机号码或带区号的固定电话。")] string? Phone,
    [property: EmailAddress(ErrorMessage = "电子邮箱格式不正确。"), StringLength(200, ErrorMessage = "电子邮箱过长。")] string? Email,
    bool ConsentsToElectronicService,
    [property: StringLength(FilingParty.AddressMaxLength, ErrorMessage = "邮寄地址不能超过300字。")] string? PostalAddress) : IValidatableObject
{
    internal static readonly Dictionary<string, PartySide> Sides = new(StringComparer.Ordinal)
    {
        ["plaintiff"] = PartySide.Plaintiff, ["defendant"] = PartySide.Defendant, ["third-party"] = PartySide.ThirdParty,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Side is not null && !Sides.ContainsKey(Side))
            yield return new ValidationResult("诉讼地位只能是原告（plaintiff）、被告（defendant）或第三人（third-party）。", [nameof(Side)]);
        if (IdentifierNumber is not null && PartyIdentifiers.Classify(IdentifierNumber).Problem is { } problem)
            yield return new ValidationResult($"{Name}：{problem}", [nameof(IdentifierNumber)]);
    }
}

internal sealed record SavePartiesRequest(
    [property: Required(ErrorMessage = "缺少草稿版本号，请刷新页面后重试。")] int? Version,
    [property: Required(ErrorMessage = "请填写当事人。"), MaxLength(30, ErrorMessage = "一份立案申请最多列明30名当事人。")] IReadOnlyList<PartyRequest>? Parties)
    : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Nested records are not validated by the framework's validator; each party is checked here, with its position.
        foreach (var (party, index) in (Parties ?? []).Select((p, i) => (p, i)))
        {
            if (party is null)
            {
                yield return new ValidationResult($"第{index + 1}名当事人为空。", [nameof(Parties)]);
                continue;
            }
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(party, new ValidationContext(party), results, validateAllProperties: true);
            foreach (var result in results)
                yield return new ValidationResult($"第{index + 1}名当事人：{result.ErrorMessage}", [nameof(Parties)]);
        }
        var identifiers = (Parties ?? []).Where(p => p?.IdentifierNumber is not null).Select(p => PartyIdentifiers.Normalise(p!.IdentifierNumber!)).ToList();
        if (identifiers.Count != identifiers.Distinct(StringComparer.Ordinal).Count())
            yield return new ValidationResult("同一当事人不能重复列明。", [nameof(Parties)]);
    }
}

/// <summary>列明当事人: the whole list at once, in order. A party whose name and identifier are unchanged keeps its verification.</summary>
internal static class SaveParties
{
    internal static void MapSaveParties(this RouteGroupBuilder filings) =>
        filings.MapPut("/{filingId:guid}/parties", async (Guid filingId, SavePartiesRequest request, ClaimsPrincipal user, CourtDb db,
                TimeProvider clock, CancellationToken ct) => (await HandleAsync(filingId, request, user, db, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("保存当事人信息");

    internal static async Task<Outcome<SavedDraft>> HandleAsync(Guid filingId, SavePartiesRequest request, ClaimsPrincipal user, CourtDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await FilingAccess.FindEditableAsync(db, user, filingId, request.Version, ct);
        if (found.Problem is { } problem) return problem;
        var filing = found.Value!;

        var identifiers = request.Parties!.Select(p => PartyIdentifiers.Normalise(p.IdentifierNumber!)).ToList();
        var accounts = await db.Users.VerifiedWithIdentifiers(identifiers)
            .Select(u => new { u.Id, u.IdentifierNumber }).ToListAsync(ct);
        var previous = filing.Parties.ToDictionary(p => p.IdentifierNumber, StringComparer.Ordinal);

        db.FilingParties.RemoveRange(filing.Parties);
        filing.Parties.Clear();
        foreach (var (party, order) in request.Parties!.Select((p, i) => (p, i)))
        {
            var identifier = identifiers[order];
            var name = FilingText.Clean(party.Name);
            var kept = previous.GetValueOrDefault(identifier) is { } before && before.Name == name ? before : null;
            filing.Parties.Add(new FilingParty
            {
                Id = Guid.CreateVersion7(),
                FilingId = filing.Id,
                Order = order,
                Side = PartyRequest.Sides[party.Side!],
                Kind = PartyIdentifiers.Classify(identifier).Kind!.Value,
                Name = name,
                IdentifierNumber = identifier,
                Representative = NullIfEmpty(party.Representative),
                Address = NullIfEmpty(party.Address),
                Phone = NullIfEmpty(party.Phone),
                Email = NullIfEmpty(party.Email),
                ConsentsToElectronicService = party.ConsentsToElectronicService,
                PostalAddress = NullIfEmpty(party.PostalAddress),
                Verification = kept?.Verification ?? PartyVerification.NotChecked,
                VerifiedAt = kept?.VerifiedAt,
                RegisteredStatus = kept?.RegisteredStatus,
                UserId = accounts.FirstOrDefault(a => a.IdentifierNumber == identifier)?.Id,
            });
        }
        db.FilingParties.AddRange(filing.Parties);
        return await FilingSaves.SaveAsync(db, filing, clock, ct);
    }

    private static string? NullIfEmpty(string? text) => FilingText.Clean(text) is { Length: > 0 } clean ? clean : null;
}
