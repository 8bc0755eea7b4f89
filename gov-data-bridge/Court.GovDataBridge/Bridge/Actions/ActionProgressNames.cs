using Court.GovData.Bridge.V1;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Bridge.Actions;

internal static class ActionProgressNames
{
    public static bool IsFinal(this ActionProgress progress) => progress is ActionProgress.Applied or ActionProgress.Rejected or ActionProgress.Failed;

    public static ActionProgress FromPlatform(ActionState state) => state switch
    {
        ActionState.Applied => ActionProgress.Applied,
        ActionState.Rejected => ActionProgress.Rejected,
        _ => ActionProgress.Accepted,
    };

    public static string ChineseName(this ActionKind kind) => kind switch
    {
        ActionKind.Freeze => "冻结",
        ActionKind.Unfreeze => "解除冻结",
        ActionKind.Seize => "查封",
        ActionKind.Deduct => "扣划",
        ActionKind.CreditRepair => "信用修复",
        ActionKind.DeregistrationNotice => "注销通知",
        _ => "未说明的请求",
    };
}
