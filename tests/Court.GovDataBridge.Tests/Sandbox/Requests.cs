using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>The court's requests the tests send, with the case and court filled in.</summary>
internal static class Requests
{
    public const string Court = "厦门市思明区人民法院";
    public const string CaseNumber = "（2026）闽0203执1234号";

    public static SubmitActionRequest Freeze(string key, string assetId = TestRegistry.Deposit, long amountFen = 0, string? holder = null) =>
        Action(key, ActionKind.Freeze, assetId, amountFen, holder);

    public static SubmitActionRequest Action(string key, ActionKind kind, string assetId = TestRegistry.Deposit, long amountFen = 0, string? holder = null) => new()
    {
        IdempotencyKey = key,
        Kind = kind,
        Subject = new SubjectRef { ResidentIdNumber = holder ?? TestRegistry.ZhangSan },
        AssetId = assetId,
        AmountFen = amountFen,
        CaseNumber = CaseNumber,
        Court = Court,
        DocumentNumber = "（2026）闽0203执1234号之一",
        Reason = "被执行人未按执行通知履行法律文书确定的义务",
    };

    public static GetAssetsRequest AssetsOf(string residentIdNumber, params AssetCategory[] categories) =>
        new() { Subject = new SubjectRef { ResidentIdNumber = residentIdNumber }, Categories = { categories } };
}
