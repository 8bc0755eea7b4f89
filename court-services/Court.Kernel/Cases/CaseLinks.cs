namespace Court.Kernel.Cases;

/// <summary>
/// How a later case arises from an earlier one by procedure; the case register records it when the later case is registered
/// (ADR 0013). Dossiers move (移送) only along such a link.
/// </summary>
public enum CaseLinkKind
{
    /// <summary>上诉: the second-instance case of a first-instance judgment.</summary>
    Appeal,

    /// <summary>申请执行: enforcement of the earlier case's judgment or ruling.</summary>
    Enforcement,

    /// <summary>执转破: bankruptcy of the respondent of the earlier enforcement case.</summary>
    EnforcementToBankruptcy,

    /// <summary>再审: retrial of the earlier case.</summary>
    Retrial,
}

/// <summary>The earlier case a case arises from, and how.</summary>
public sealed record CaseOrigin(Guid CaseId, CaseLinkKind Kind);

public static class CaseLinkKinds
{
    public static string ChineseName(this CaseLinkKind kind) => kind switch
    {
        CaseLinkKind.Appeal => "上诉",
        CaseLinkKind.Enforcement => "申请执行",
        CaseLinkKind.EnforcementToBankruptcy => "执转破",
        CaseLinkKind.Retrial => "再审",
        _ => kind.ToString(),
    };
}
