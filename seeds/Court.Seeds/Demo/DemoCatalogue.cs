using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Kernel.Identifiers;

namespace Court.Seeds.Demo;

public sealed record DemoAccount(string UserName, string Role, string DisplayName, string? IdentifierNumber, string? PhoneNumber);

/// <summary>A demo lawyer's practising details (执业证号 and 执业机构).</summary>
public sealed record DemoLawyerPractice(string UserName, string LicenceNumber, string Firm);

/// <summary>A demo case; <paramref name="ArisesFrom"/> is the earlier demo case it arises from by procedure (ADR 0013).</summary>
public sealed record DemoCase(
    Guid Id, string CourtCode, string TypeCode, string Title, IReadOnlyList<(string UserName, CaseRole Role)> Participants,
    CaseOrigin? ArisesFrom = null);

/// <summary>
/// A party to a demo case as the registry knows it. <see cref="Side"/> is one of Plaintiff, Defendant, Applicant,
/// Respondent, Debtor, Creditor; <see cref="Kind"/> is NaturalPerson or LegalPerson.
/// </summary>
public sealed record DemoParty(Guid CaseId, string Side, string Kind, string Name, string IdentifierNumber);

/// <summary>A demo subject without an account: its name and identifier, as the sandbox registry holds them.</summary>
internal sealed record DemoSubject(string Name, string IdentifierNumber);

/// <summary>
/// The demo world `./court run` creates on an empty database: one account per role, named by the role,
/// and cases that involve them. Deterministic (fixed identities and ids), so every newcomer sees the same data.
/// </summary>
public static class DemoCatalogue
{
    public const string Version = "demo.v1";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("litigant", CourtRoles.Litigant, "陈明", Person("350203", new DateOnly(1986, 4, 12), 235), "13900000001"),
        new("lawyer", CourtRoles.Lawyer, "林晓律师", Person("350206", new DateOnly(1982, 9, 3), 146), "13900000002"),
        new("clerk", CourtRoles.FilingClerk, "黄立案", Person("350211", new DateOnly(1990, 1, 20), 318), "13900000003"),
        new("judge", CourtRoles.Judge, "王审判", Person("350205", new DateOnly(1978, 6, 30), 411), "13900000004"),
        new("assistant", CourtRoles.JudicialAssistant, "郑助理", Person("350212", new DateOnly(1994, 11, 8), 522), "13900000005"),
        new("enforcement", CourtRoles.EnforcementOfficer, "吴执行", Person("350213", new DateOnly(1980, 2, 17), 633), "13900000006"),
        new("administrator", CourtRoles.Administrator, "厦门鹭江清算事务所", Organisation("91350200", "MA2Y0001"), "13900000007"),
        new("creditor", CourtRoles.Creditor, "厦门海湾建材有限公司", Organisation("91350203", "MA2Y0002"), "13900000008"),
        new("debtor", CourtRoles.Debtor, "厦门东渡机械制造有限公司", Organisation("91350206", "MA2Y0003"), "13900000009"),
        new("investor", CourtRoles.Investor, "福建闽台产业投资有限公司", Organisation("91350211", "MA2Y0004"), "13900000010"),
        new("bank", CourtRoles.FinancialInstitution, "厦门湖里农村商业银行股份有限公司", Organisation("91350206", "MA2Y0005"), "13900000011"),
        new("liaison", CourtRoles.GovernmentLiaison, "厦门市破产公共事务中心", Organisation("12350200", "MB0Y0006"), "13900000012"),
        new("mediator", CourtRoles.Mediator, "郑海平", Person("350206", new DateOnly(1975, 10, 2), 744), "13900000013"),
        new("lawyer2", CourtRoles.Lawyer, "周启明", Person("350211", new DateOnly(1984, 12, 21), 855), "13900000014"),
        new("admin", CourtRoles.CourtAdmin, "系统管理员", null, null),
    ];

    /// <summary>The demo mediator works for the organisation whose mediators list names them (seeds/reference/mediation-organisations).</summary>
    public static IReadOnlyList<(string UserName, string OrganisationCode)> MediatorMemberships { get; } = [("mediator", "XM-MED-01")];

    public static IReadOnlyList<DemoLawyerPractice> LawyerPractices { get; } =
    [
        new("lawyer", "13502201010386512", "福建鹭江律师事务所"),
        new("lawyer2", "13502201210497623", "福建闽海律师事务所"),
    ];

    public static IReadOnlyList<DemoCase> Cases { get; } =
    [
        new(new Guid("0193a000-0000-7000-8000-000000000001"), "闽0203", "民初", "民间借贷纠纷",
        [
            ("litigant", CaseRole.Plaintiff), ("lawyer", CaseRole.Counsel), ("clerk", CaseRole.FilingClerk),
            ("judge", CaseRole.Judge), ("assistant", CaseRole.JudicialAssistant),
        ]),
        new(new Guid("0193a000-0000-7000-8000-000000000002"), "闽0206", "民初", "买卖合同纠纷",
        [
            ("clerk", CaseRole.FilingClerk), ("judge", CaseRole.Judge),
        ]),
        new(new Guid("0193a000-0000-7000-8000-000000000003"), "闽0203", "执", "申请执行民间借贷纠纷判决",
        [
            ("litigant", CaseRole.EnforcementApplicant), ("lawyer", CaseRole.Counsel), ("enforcement", CaseRole.EnforcementOfficer),
        ], new CaseOrigin(new Guid("0193a000-0000-7000-8000-000000000001"), CaseLinkKind.Enforcement)),
        new(new Guid("0193a000-0000-7000-8000-000000000004"), "闽02", "破", "厦门东渡机械制造有限公司破产清算",
        [
            ("debtor", CaseRole.Debtor), ("administrator", CaseRole.Administrator), ("creditor", CaseRole.Creditor),
            ("bank", CaseRole.FinancialInstitution), ("investor", CaseRole.Investor), ("liaison", CaseRole.GovernmentLiaison),
            ("judge", CaseRole.Judge), ("assistant", CaseRole.JudicialAssistant),
        ]),
    ];

    /// <summary>The borrower of case 1, judgment debtor of case 3: holds deposits (one frozen), a flat, a car and a company stake.</summary>
    internal static DemoSubject JudgmentDebtor { get; } = new("苏文斌", Person("350203", new DateOnly(1979, 3, 8), 173));

    /// <summary>Seller and buyer of case 2.</summary>
    internal static DemoSubject Seller { get; } = new("厦门嘉禾机电设备有限公司", Organisation("91350206", "MA2Y0007"));

    internal static DemoSubject Buyer { get; } = new("厦门五缘湾酒店管理有限公司", Organisation("91350206", "MA2Y0008"));

    /// <summary>The judgment debtor's company, jointly liable under the judgment enforced in case 3.</summary>
    internal static DemoSubject DebtorsCompany { get; } = new("厦门恒通商贸有限公司", Organisation("91350203", "MA2Y0009"));

    /// <summary>Who is on which side of the four demo cases; every one of them exists in the sandbox registry.</summary>
    public static IReadOnlyList<DemoParty> Parties { get; } =
    [
        Party(0, "Plaintiff", "litigant"),
        Party(0, "Defendant", JudgmentDebtor, NaturalPerson),
        Party(1, "Plaintiff", Seller, LegalPerson),
        Party(1, "Defendant", Buyer, LegalPerson),
        Party(2, "Applicant", "litigant"),
        Party(2, "Respondent", JudgmentDebtor, NaturalPerson),
        Party(2, "Respondent", DebtorsCompany, LegalPerson),
        Party(3, "Debtor", "debtor"),
        Party(3, "Creditor", "creditor"),
        Party(3, "Creditor", "bank"),
    ];

    private const string NaturalPerson = "NaturalPerson";
    private const string LegalPerson = "LegalPerson";

    private static DemoParty Party(int caseIndex, string side, DemoSubject subject, string kind) =>
        new(Cases[caseIndex].Id, side, kind, subject.Name, subject.IdentifierNumber);

    private static DemoParty Party(int caseIndex, string side, string userName)
    {
        var account = Accounts.Single(a => a.UserName == userName);
        var identifier = account.IdentifierNumber ?? throw new InvalidOperationException($"Demo account '{userName}' has no identifier.");
        var kind = ResidentIdNumber.TryParse(identifier, out _) ? NaturalPerson : LegalPerson;
        return new(Cases[caseIndex].Id, side, kind, account.DisplayName, identifier);
    }

    private static string Person(string region, DateOnly birth, int sequence) =>
        ResidentIdNumber.Create(region, birth, sequence).Value;

    private static string Organisation(string authorityTypeAndDivision, string organisationBody) =>
        UnifiedSocialCreditCode.Create((RegistrationAuthority)authorityTypeAndDivision[0], authorityTypeAndDivision[1], authorityTypeAndDivision[2..], organisationBody).Value;
}
