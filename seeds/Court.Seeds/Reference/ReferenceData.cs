using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Court.Kernel.Calendar;
using Court.Kernel.Cases;
using Court.Kernel.Filing;

namespace Court.Seeds.Reference;

/// <summary>
/// The versioned reference data embedded from <c>seeds/reference/</c>: courts, case types, the
/// State Council holiday notices, and what the guided online filing needs (case kinds with their complaint
/// forms, jurisdiction, mediation organisations). Each set is read once, on first use.
/// </summary>
public static partial class ReferenceData
{
    private const string Prefix = "reference/";
    private const string HolidayPrefix = Prefix + "holidays/";

    private static readonly Lazy<CourtCatalogue> LazyCourts = new(() =>
        new CourtCatalogue(Read<CourtsFile>(Prefix + "courts.v1.json").Courts));

    private static readonly Lazy<CaseTypeCatalogue> LazyCaseTypes = new(() =>
        new CaseTypeCatalogue(Read<CaseTypesFile>(Prefix + "case-types.v1.json").CaseTypes));

    private static readonly Lazy<RestDayCalendar> LazyHolidays = new(() =>
        new RestDayCalendar(HolidayResourceNames().Select(name => Read<HolidayFile>(name).ToHolidayYear(name))));

    public static CourtCatalogue Courts => LazyCourts.Value;

    public static CaseTypeCatalogue CaseTypes => LazyCaseTypes.Value;

    /// <summary>Every year in <c>seeds/reference/holidays/</c>; other years throw <see cref="CalendarDataMissingException"/>.</summary>
    public static RestDayCalendar Holidays => LazyHolidays.Value;

    /// <summary>The online filing case kinds and the interview (<c>filing-case-kinds.v1.json</c>).</summary>
    public static FilingCatalogue FilingKinds => LazyFilingKinds.Value;

    /// <summary>Xiamen's districts → basic courts and the level thresholds (<c>jurisdiction.v1.json</c>).</summary>
    public static JurisdictionMap Jurisdiction => LazyJurisdiction.Value;

    /// <summary>The organisations pre-filing mediation can be assigned to (<c>mediation-organisations.v1.json</c>, demo data).</summary>
    public static MediationCatalogue MediationOrganisations => LazyMediation.Value;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static Assembly Assembly => typeof(ReferenceData).Assembly;

    private static IEnumerable<string> HolidayResourceNames() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(HolidayPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static T Read<T>(string resourceName) where T : ReferenceFile
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded reference data '{resourceName}' is missing.");
        var file = JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded reference data '{resourceName}' is empty.");
        if (file.Version < 1 || string.IsNullOrWhiteSpace(file.Source))
            throw new InvalidOperationException($"'{resourceName}' needs a version and a source.");
        return file;
    }

    private abstract record ReferenceFile(int Version, string Source);

    private sealed record CourtsFile(int Version, string Source, IReadOnlyList<CourtInfo> Courts) : ReferenceFile(Version, Source);

    private sealed record CaseTypesFile(int Version, string Source, IReadOnlyList<CaseTypeInfo> CaseTypes)
        : ReferenceFile(Version, Source);

    private sealed record HolidayFile(
        int Version, string Source, int Year, IReadOnlyList<HolidayEntry> Holidays, IReadOnlyList<AdjustedWorkingDay> AdjustedWorkingDays)
        : ReferenceFile(Version, Source)
    {
        internal HolidayYear ToHolidayYear(string resourceName)
        {
            if (resourceName != $"{HolidayPrefix}{Year}.json")
                throw new InvalidOperationException($"'{resourceName}' holds the year {Year}.");
            foreach (var h in Holidays)
            {
                if (h.LastDay.DayNumber - h.FirstDay.DayNumber + 1 != h.Days)
                    throw new InvalidOperationException($"{Year} {h.Festival}: {h.FirstDay}–{h.LastDay} is not the notice's {h.Days} days.");
            }
            return new HolidayYear(Year, Source, [.. Holidays.Select(h => new StatutoryHoliday(h.Festival, h.FirstDay, h.LastDay))], AdjustedWorkingDays);
        }
    }

    /// <summary>A holiday as the notice states it, with its day count (共N天) kept as a cross-check of the dates.</summary>
    private sealed record HolidayEntry(string Festival, DateOnly FirstDay, DateOnly LastDay, int Days);
}
