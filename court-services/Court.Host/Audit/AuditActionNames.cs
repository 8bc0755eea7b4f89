using Court.Kernel.Access;

namespace Court.Host.Audit;

/// <summary>
/// What each audited act is called in Chinese on 管理 → 审计日志. The stored action stays the stable code (it is hashed into the chain);
/// a test checks that every action the code writes has a text here.
/// </summary>
internal static class AuditActionNames
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SignIn"] = "登录",
        ["SignOut"] = "退出登录",
        ["SignInBySms"] = "短信验证码登录",
        ["account.phone-code"] = "发送手机验证码",
        ["account.register"] = "注册账户（实名核验）",
        ["IssueToken"] = "签发接口令牌",
        ["ChangePassword"] = "修改密码",
        ["ViewAuditLog"] = "查看审计日志",
        ["admin.audit-export"] = "导出审计日志",
        ["admin.create-user"] = "创建用户",
        ["admin.set-roles"] = "设置用户角色",
        ["admin.disable"] = "停用账户",
        ["admin.enable"] = "启用账户",
        ["admin.reset-password"] = "重置密码",
        ["RetryJob"] = "重试后台任务",
        ["RunRecurringJob"] = "立即运行定时任务",
        ["calendar.notice-loaded"] = "载入节假日安排",
        ["lawyer.register"] = "律师注册",
        ["lawyer.verify"] = "核验律师执业证",
        ["lawyer.refuse"] = "不予核验律师注册",
        ["power-of-attorney.pending"] = "授权委托待确认",
        ["power-of-attorney.confirmed"] = "当事人确认授权委托",
        ["power-of-attorney.verified"] = "授权委托经核验",
        ["power-of-attorney.declined"] = "当事人拒绝授权委托",
        ["filing.start"] = "开始网上立案",
        ["filing.draft.delete"] = "删除立案申请草稿",
        ["filing.submit"] = "提交立案申请",
        ["filing.resubmit"] = "补正后重新提交立案申请",
        ["filing.accept"] = "受理立案申请",
        ["filing.reject"] = "不予受理",
        ["filing.correction"] = "通知补正材料",
        ["filing.correction-deadline-confirmed"] = "确认补正期限",
        ["mediation.assign"] = "委派诉前调解",
        ["mediation.extend"] = "延长调解期限",
        ["mediation.agreement"] = "记录调解达成协议",
        ["mediation.failed"] = "记录调解不成",
        ["mediation.confirm"] = "司法确认调解协议",
        ["case.close"] = "结案",
        ["OpenFeePayment"] = "发起交纳诉讼费",
        ["ReceivePaymentNotification"] = "收到银行缴费通知",
        ["RefundFee"] = "退还诉讼费",
        ["service.open"] = "受送达人首次查阅送达文书",
        ["service.reopen"] = "受送达人再次查阅送达文书",
        ["service.postal-sent"] = "登记邮寄送达",
        ["dossier.upload"] = "上传卷宗材料",
        ["dossier.catalogue"] = "编目卷宗材料",
        ["dossier.filing.upload"] = "上传立案材料",
        ["dossier.filing.catalogue"] = "编目立案材料",
        ["dossier.document.view"] = "阅览卷宗文件",
        ["dossier.document.download"] = "下载卷宗文件",
        ["dossier.merged.view"] = "阅览合并电子卷宗",
        ["dossier.merged.download"] = "下载合并电子卷宗",
        ["dossier.filing.document.view"] = "阅览立案材料",
        ["dossier.filing.document.download"] = "下载立案材料",
        ["dossier.search"] = "检索卷宗",
        ["dossier.archive"] = "电子卷宗归档",
        ["dossier.archive.download"] = "下载归档卷宗",
        ["dossier.archive.verify"] = "校验归档卷宗",
        ["dossier.transfer"] = "移送电子卷宗",
        ["govdata.grant"] = "授权查询政务数据",
        ["govdata.query-subject"] = "查询主体登记信息",
        ["govdata.query-assets"] = "查询财产信息",
        ["govdata.query-social-security"] = "查询社保信息",
        ["govdata.submit-action"] = "发送协助执行请求",
        ["govdata.get-action"] = "查询协助执行结果",
        ["govdata.view-snapshot"] = "查看政务数据查询结果",
    };

    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.Ordinal)
    {
        ["Succeeded"] = "成功",
        ["Failed"] = "失败",
        ["Invalid"] = "失败",
        ["WrongPassword"] = "密码错误",
        ["UnknownUser"] = "用户名不存在",
        ["LockedOut"] = "账户已锁定",
        ["Throttled"] = "尝试过于频繁",
        ["RateLimited"] = "查询过于频繁",
        ["Unauthenticated"] = "未通过身份认证",
        ["PermissionDenied"] = "无权查询",
        ["Denied"] = "拒绝",
        ["Refused"] = "拒绝",
        ["Pending"] = "待处理",
        ["NotFound"] = "未查到",
        ["InvalidArgument"] = "请求有误",
        ["Unavailable"] = "平台暂不可用",
        ["IdentityNotMatched"] = "身份不一致",
        ["Replayed"] = "重复通知",
    };

    /// <summary>The Chinese text of <paramref name="action"/>; an action no text exists for yet is shown as its code.</summary>
    public static string Describe(string action) => All.GetValueOrDefault(action, action);

    public static string DescribeOutcome(string action, string outcome) => action is "admin.set-roles" or "admin.create-user"
        ? string.Join("、", outcome.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => CourtRoles.ChineseNames.GetValueOrDefault(r, r)))
        : Outcomes.GetValueOrDefault(outcome, outcome);
}
