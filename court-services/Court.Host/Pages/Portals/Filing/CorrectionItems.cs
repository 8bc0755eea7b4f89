namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// The clerk's correction items by the step of the guided filing they concern. The clerk writes them under the step (当事人 …), and
/// each is stored as "当事人：请写明被告的现住址", so the 补正通知书 reads the same way and the filer finds each item on its step.
/// </summary>
internal static class CorrectionItems
{
    /// <summary>The steps a correction item can concern, in the order of the guided filing.</summary>
    public static readonly IReadOnlyList<FilingStep> Steps = FilingSteps.All.Where(s => s.Slug is not (FilingSteps.Situation or FilingSteps.Confirm)).ToList();

    public static string Tagged(string step, string item) => $"{NameOf(step)}：{item}";

    public static IReadOnlyList<string> For(IReadOnlyList<string> items, string step) =>
        items.Where(i => i.StartsWith(NameOf(step) + "：", StringComparison.Ordinal)).Select(i => i[(NameOf(step).Length + 1)..]).ToList();

    /// <summary>The step an item concerns, or null for an item about the filing as a whole.</summary>
    public static string? StepOf(string item) => Steps.FirstOrDefault(s => item.StartsWith(s.Name + "：", StringComparison.Ordinal))?.Slug;

    private static string NameOf(string step) => FilingSteps.All.Single(s => s.Slug == step).Name;
}
