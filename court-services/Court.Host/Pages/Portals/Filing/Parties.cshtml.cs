using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.GovData;
using Court.Kernel.Http;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>One row of the parties form, as posted; the page checks it through <see cref="PartyRequest"/>.</summary>
internal sealed class PartyRow
{
    public string? Side { get; set; }
    public string? Name { get; set; }
    public string? IdentifierNumber { get; set; }
    public string? Representative { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool ConsentsToElectronicService { get; set; }
    public string? PostalAddress { get; set; }

    /// <summary>What the platform said when the filer last looked this party up (shown, not posted back as truth).</summary>
    public string? Verification { get; set; }

    public PartyRequest ToRequest() => new(Side, Name?.Trim(), IdentifierNumber?.Trim(), Representative, Address, Empty(Phone), Empty(Email),
        ConsentsToElectronicService, PostalAddress);

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// 当事人: plaintiffs, defendants and third parties, each with 按证件号自动填写 (<see cref="LookUpParty"/>, through the gov-data bridge),
/// consent to electronic service and a postal address. Every button posts the whole list; it is saved whenever it is valid.
/// </summary>
internal sealed class PartiesModel(CourtDb db, TimeProvider clock, PartyLookupServices lookups) : FilingStepModel(db, clock)
{
    public static readonly IReadOnlyList<(string Value, string Name)> Sides = [("plaintiff", "原告"), ("defendant", "被告"), ("third-party", "第三人")];

    public override string Step => FilingSteps.Parties;

    [BindProperty] public List<PartyRow> Parties { get; set; } = [];

    /// <summary>The row a lookup answered, and what it said.</summary>
    public (int Row, string Message, bool Ok)? Lookup { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        Parties = Filing.Parties.Select(p => new PartyRow
        {
            Side = PartyRequest.Sides.Single(s => s.Value.ToString() == p.Side).Key, Name = p.Name, IdentifierNumber = p.IdentifierNumber,
            Representative = p.Representative, Address = p.Address, Phone = p.Phone, Email = p.Email,
            ConsentsToElectronicService = p.ConsentsToElectronicService, PostalAddress = p.PostalAddress,
            Verification = p.Verification == nameof(PartyVerification.NotChecked) ? null : p.VerificationName,
        }).ToList();
        if (!Parties.Any(p => p.Side == "plaintiff")) Parties.Insert(0, new PartyRow { Side = "plaintiff" });
        if (!Parties.Any(p => p.Side == "defendant")) Parties.Add(new PartyRow { Side = "defendant" });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid filingId, int version, string? go, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (!Check()) return Page();
        if (await SaveAsync(version, ct) is { } problem)
        {
            Problem = problem.Detail;
            return Page();
        }
        if (go != "back" && !Complete()) return Page();
        return Go(go, FilingSteps.Situation, Next(FilingSteps.Court));
    }

    /// <summary>
    /// What this step owes the submission (民事诉讼法第一百二十二条: a definite defendant; 登记立案规定第四条: each party's domicile and how
    /// to serve them), checked when the filer goes forward, next to the field, so it is not first heard of at the last step.
    /// </summary>
    private bool Complete()
    {
        for (var i = 0; i < Parties.Count; i++)
        {
            var p = Parties[i];
            var legal = PartyIdentifiers.Classify(p.IdentifierNumber).Kind == PartyKind.LegalPerson;
            if (string.IsNullOrWhiteSpace(p.Address)) FieldErrors[$"{i}.address"] = "请填写住所（户籍地或经常居住地；单位填登记住所）。";
            if (legal && string.IsNullOrWhiteSpace(p.Representative)) FieldErrors[$"{i}.representative"] = "单位当事人请填写法定代表人。";
            if (p.Side == "plaintiff" && p.ConsentsToElectronicService && string.IsNullOrWhiteSpace(p.Phone))
                FieldErrors[$"{i}.phone"] = "同意电子送达的，请填写接收短信的手机号码。";
            if (!p.ConsentsToElectronicService && string.IsNullOrWhiteSpace(p.PostalAddress))
                FieldErrors[$"{i}.postalAddress"] = "未同意电子送达的，请填写邮寄送达地址，法院按此地址邮寄文书。";
        }
        if (!Parties.Any(p => p.Side == "plaintiff")) Problem = "请列明原告。";
        else if (!Parties.Any(p => p.Side == "defendant")) Problem = "请列明明确的被告（民事诉讼法第一百二十二条）。";
        else if (FieldErrors.Count > 0) Problem = "已保存草稿。以下内容需要补充后才能继续：请按红字提示填写。";
        return Problem is null;
    }

    public async Task<IActionResult> OnPostAddAsync(Guid filingId, int version, string? side, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        await SaveIfValidAsync(version, ct);
        Parties.Add(new PartyRow { Side = PartyRequest.Sides.ContainsKey(side ?? "") ? side : "defendant" });
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid filingId, int version, int row, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (row >= 0 && row < Parties.Count) Parties.RemoveAt(row);
        await SaveIfValidAsync(version, ct);
        return Page();
    }

    /// <summary>按证件号自动填写: the list is saved first (when valid), so the platform's answer is recorded on the saved party.</summary>
    public async Task<IActionResult> OnPostLookupAsync(Guid filingId, int version, int row, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (row < 0 || row >= Parties.Count) return Page();
        var party = Parties[row];
        var request = new PartyLookupRequest(party.IdentifierNumber?.Trim(), party.Name?.Trim());
        var invalid = RequestValidation.Validate(request);
        if (invalid.Count > 0)
        {
            foreach (var (field, messages) in invalid) FieldErrors[$"{row}.{field}"] = string.Join("", messages);
            return Page();
        }
        await SaveIfValidAsync(version, ct);

        var looked = await LookUpParty.HandleAsync(filingId, request, User, lookups, HttpContext.TraceIdentifier, ct);
        if (looked.Problem is { } problem)
        {
            Lookup = (row, problem.Detail, false);
            return Page();
        }
        var view = looked.Value!;
        if (view.Kind == "legal-person" && view.Name is not null)
        {
            party.Name = view.Name;
            party.Representative = view.Representative;
            party.Address = view.Address;
            if (string.IsNullOrWhiteSpace(party.PostalAddress)) party.PostalAddress = view.Address;
        }
        party.Verification = view.Verification;
        Lookup = (row, view.Message, view.IdentityMatches != false && view.Verification != PartyVerification.NotFound.ChineseName());
        await ReloadAsync(ct);

        // A row first completed by the lookup (a company known only by its code) is saved now, and the platform's answer recorded on it.
        var identifier = PartyIdentifiers.Normalise(request.IdentifierNumber!);
        if (Entity.Parties.All(p => p.IdentifierNumber != identifier))
        {
            await SaveIfValidAsync(Filing.Version, ct);
            if (Entity.Parties.Any(p => p.IdentifierNumber == identifier && p.Verification == PartyVerification.NotChecked))
            {
                await LookUpParty.HandleAsync(filingId, request with { Name = party.Name }, User, lookups, HttpContext.TraceIdentifier, ct);
                await ReloadAsync(ct);
            }
        }
        return Page();
    }

    public string? RowError(int row, string field) => ErrorFor($"{row}.{field}");

    /// <summary>Checks each row through the API's request records; messages go next to their fields.</summary>
    private bool Check()
    {
        for (var i = 0; i < Parties.Count; i++)
        {
            foreach (var (field, messages) in RequestValidation.Validate(Parties[i].ToRequest()))
                FieldErrors[$"{i}.{field}"] = string.Join("", messages);
        }
        if (FieldErrors.Count > 0)
        {
            Problem = "当事人信息有误，请按红字提示修改。";
            return false;
        }
        var list = new SavePartiesRequest(0, Parties.Select(p => p.ToRequest()).ToList());
        if (RequestValidation.Validate(list) is { Count: > 0 } listErrors)
        {
            Problem = string.Join("", listErrors.Values.SelectMany(m => m));
            return false;
        }
        return true;
    }

    private async Task SaveIfValidAsync(int version, CancellationToken ct)
    {
        if (Parties.Count == 0 || Parties.Any(p => RequestValidation.Validate(p.ToRequest()).Count > 0)) return;
        if (await SaveAsync(version, ct) is { } problem) Problem = problem.Detail;
    }

    private async Task<Litigation.LitigationProblem?> SaveAsync(int version, CancellationToken ct)
    {
        var request = new SavePartiesRequest(version, Parties.Select(p => p.ToRequest()).ToList());
        if (RequestValidation.Validate(request) is { Count: > 0 } invalid)
            return Litigation.LitigationProblem.Invalid(string.Join("", invalid.Values.SelectMany(m => m)));
        var saved = await SaveParties.HandleAsync(Filing.Id, request, User, Db, Clock, ct);
        if (saved.Problem is null) await ReloadAsync(ct);
        return saved.Problem;
    }
}
