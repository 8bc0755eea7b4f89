namespace Court.Kernel.Dossier;

/// <summary>
/// The standard sections of a civil case file, in their binding order. Each section belongs to one volume:
/// deliberation records and internal reports are 副卷, everything served on or filed by the parties is 正卷.
/// </summary>
public enum DossierCategory
{
    Pleadings = 10,
    AcceptanceMaterials = 20,
    Evidence = 30,
    ServiceRecords = 40,
    HearingRecords = 50,
    Decisions = 60,
    OtherOpen = 90,
    DeliberationRecords = 110,
    InternalReports = 120,
    OtherInternal = 190,
}

/// <summary>How a section is named, numbered and bound.</summary>
public sealed record DossierCategoryInfo(DossierCategory Category, string Slug, string ChineseName, DossierVolume Volume);

public static class DossierCategories
{
    public static readonly IReadOnlyList<DossierCategoryInfo> All =
    [
        new(DossierCategory.Pleadings, "pleadings", "起诉材料", DossierVolume.Open),
        new(DossierCategory.AcceptanceMaterials, "acceptance", "受理材料", DossierVolume.Open),
        new(DossierCategory.Evidence, "evidence", "证据材料", DossierVolume.Open),
        new(DossierCategory.ServiceRecords, "service", "送达材料", DossierVolume.Open),
        new(DossierCategory.HearingRecords, "hearing-records", "庭审笔录", DossierVolume.Open),
        new(DossierCategory.Decisions, "decisions", "裁判文书", DossierVolume.Open),
        new(DossierCategory.OtherOpen, "other", "其他材料", DossierVolume.Open),
        new(DossierCategory.DeliberationRecords, "deliberation", "合议笔录", DossierVolume.Internal),
        new(DossierCategory.InternalReports, "internal-reports", "审理报告及内部审批", DossierVolume.Internal),
        new(DossierCategory.OtherInternal, "other-internal", "其他内部材料", DossierVolume.Internal),
    ];

    private static readonly Dictionary<DossierCategory, DossierCategoryInfo> ByCategory = All.ToDictionary(c => c.Category);
    private static readonly Dictionary<string, DossierCategoryInfo> BySlug = All.ToDictionary(c => c.Slug, StringComparer.Ordinal);

    public static DossierCategoryInfo Info(this DossierCategory category) => ByCategory[category];

    public static DossierVolume Volume(this DossierCategory category) => ByCategory[category].Volume;

    public static string ChineseName(this DossierCategory category) => ByCategory[category].ChineseName;

    public static string Slug(this DossierCategory category) => ByCategory[category].Slug;

    public static bool TryParse(string? slug, out DossierCategory category)
    {
        var found = slug is not null && BySlug.TryGetValue(slug, out var info);
        category = found ? BySlug[slug!].Category : default;
        return found;
    }

    /// <summary>The slugs, for messages that list what may be chosen.</summary>
    public static string SlugList => string.Join("、", All.Select(c => $"{c.Slug}（{c.ChineseName}）"));
}
