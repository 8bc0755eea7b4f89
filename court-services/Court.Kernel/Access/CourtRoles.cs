namespace Court.Kernel.Access;

/// <summary>System roles (what a user is), as opposed to <see cref="CaseRole"/> (what a user is in one case).</summary>
public static class CourtRoles
{
    public const string Litigant = nameof(Litigant);
    public const string Lawyer = nameof(Lawyer);
    public const string FilingClerk = nameof(FilingClerk);
    public const string Judge = nameof(Judge);
    public const string JudicialAssistant = nameof(JudicialAssistant);
    public const string EnforcementOfficer = nameof(EnforcementOfficer);
    public const string Administrator = nameof(Administrator);
    public const string Creditor = nameof(Creditor);
    public const string Debtor = nameof(Debtor);
    public const string Investor = nameof(Investor);
    public const string FinancialInstitution = nameof(FinancialInstitution);
    public const string GovernmentLiaison = nameof(GovernmentLiaison);
    public const string Mediator = nameof(Mediator);
    public const string CourtAdmin = nameof(CourtAdmin);

    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        [Litigant] = "当事人",
        [Lawyer] = "律师",
        [FilingClerk] = "立案法官",
        [Judge] = "法官",
        [JudicialAssistant] = "法官助理",
        [EnforcementOfficer] = "执行法官",
        [Administrator] = "破产管理人",
        [Creditor] = "债权人",
        [Debtor] = "债务人",
        [Investor] = "投资人",
        [FinancialInstitution] = "金融机构",
        [GovernmentLiaison] = "政府部门联络人",
        [Mediator] = "调解员",
        [CourtAdmin] = "系统管理员",
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)ChineseNames.Keys;

    /// <summary>Court staff work cases from the inside; everyone else is outside the court.</summary>
    public static readonly IReadOnlySet<string> CourtStaff = new HashSet<string>
    {
        FilingClerk, Judge, JudicialAssistant, EnforcementOfficer, CourtAdmin,
    };
}
