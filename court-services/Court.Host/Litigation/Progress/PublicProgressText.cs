namespace Court.Host.Litigation.Progress;

/// <summary>
/// What the public query says of a node: a fixed sentence per kind, with only the court and the case number filled in.
/// The node's own note is free text written by people and may name someone however it is spelt, so it stays in the
/// authenticated timeline (ADR 0015).
/// </summary>
internal static class PublicProgressText
{
    public static string For(ProgressNodeKind kind, ProgressCase c) => kind switch
    {
        ProgressNodeKind.Filed => "已收到网上立案申请。",
        ProgressNodeKind.UnderReview => "补正材料已提交，立案审查中。",
        ProgressNodeKind.CorrectionRequested => "法院已通知补正起诉材料。",
        ProgressNodeKind.Accepted => $"{c.CourtName}已立案，案号{c.Number}。",
        ProgressNodeKind.Rejected => "法院已对立案申请作出处理，详情已告知申请人。",
        ProgressNodeKind.FeePaid => "已交纳案件受理费。",
        ProgressNodeKind.Assigned => "案件已分配承办法官。",
        ProgressNodeKind.HearingScheduled => "本案已排期开庭，开庭时间和地点已通知当事人。",
        ProgressNodeKind.Judgment => "本案已作出裁判。",
        ProgressNodeKind.Served => "裁判文书已送达。",
        ProgressNodeKind.Effective => "本案裁判已发生法律效力。",
        ProgressNodeKind.Closed => "本案已结案。",
        ProgressNodeKind.MediationStarted => "已委派诉前调解。",
        ProgressNodeKind.MediationEnded => "诉前调解已结束。",
        _ => $"{kind.ChineseName()}。",
    };
}
