using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Court.Kernel.Calendar;
using Court.Kernel.Cases;
using Court.Kernel.Filing;

namespace Court.Seeds.Reference;

/// <summary>
/// The versioned reference data: courts, case types, the State Council holiday notices, and what the guided online filing needs
/// (case kinds with their complaint forms, jurisdiction, mediation organisations). One immutable instance, registered in the
/// host's services: <see cref="FromSeeds"/> reads the sets embedded from <c>seeds/reference/</c>; a test host builds its own
/// (e.g. <see cref="WithHolidayNotices"/> for a year with or without a notice) and replaces it.
/// </summary>
public sealed partial class ReferenceData
{
    private const string Prefix = "reference/";
    private const string HolidayPrefix = Prefix + "holidays/";

    public ReferenceData(CourtCatalogue courts, CaseTypeCatalogue caseTypes, IReadOnlyList<HolidayYear> holidayNotices,
        FilingCatalogue filingKinds, JurisdictionMap jurisdiction, MediationCatalogue mediationOrganisations)
    {
        Courts = courts;
        CaseTypes = caseTypes;
        HolidayNotices = holidayNotices;
        FilingKinds = filingKinds;
        Jurisdiction = jurisdiction;
        MediationOrganisations = mediationOrganisations;
    }

    /// <summary>Reads and cross-checks every set embedded from <c>seeds/reference/</c>; throws when one is inconsistent.</summary>
    public static ReferenceData FromSeeds()
    {
        var courts = new CourtCatalogue(Read<CourtsFile>(Prefix + "courts.v1.json").Courts);
        var caseTypes = new CaseTypeCatalogue(Read<CaseTypesFile>(Prefix + "case-types.v1.json").CaseTypes);
        IReadOnlyList<HolidayYear> notices = [.. HolidayResourceNames().Select(name => Read<HolidayFile>(name).ToHolidayYear(name))];
        var filingKinds = ReadFilingKinds(caseTypes);
        return new ReferenceData(courts, caseTypes, notices, filingKinds, ReadJurisdiction(courts), ReadMediation(filingKinds));
    }

    /// <summary>The same data with these holiday notices instead of the shipped ones (a year left out has no notice).</summary>
    public ReferenceData WithHolidayNotices(IEnumerable<HolidayYear> notices) =>
        new(Courts, CaseTypes, [.. notices.OrderBy(n => n.Year)], FilingKinds, Jurisdiction, MediationOrganisations);

    public CourtCatalogue Courts { get; }

    public CaseTypeCatalogue CaseTypes { get; }

    /// <summary>
    /// The State Council holiday notices in <c>seeds/reference/holidays/</c>, one per year. They are data, not the calendar:
    /// the host builds its <see cref="ICourtCalendar"/> from them and from the notices the court admin loads.
    /// </summary>
    public IReadOnlyList<HolidayYear> HolidayNotices { get; }

    /// <summary>The online filing case kinds and the interview (<c>filing-case-kinds.v1.json</c>).</summary>
    public FilingCatalogue FilingKinds { get; }

    /// <summary>Xiamen's districts → basic courts and the level thresholds (<c>jurisdiction.v1.json</c>).</summary>
    public JurisdictionMap Jurisdiction { get; }

    /// <summary>The organisations pre-filing mediation can be assigned to (<c>mediation-organisations.v1.json</c>, demo data).</summary>
    public MediationCatalogue MediationOrganisations { get; }

    /// <summary>
    /// A notice in the seeds format (<c>seeds/reference/holidays/yyyy.json</c>), as the court admin uploads it: the same checks
    /// as the shipped files. Throws <see cref="HolidayNoticeFormatException"/> with a Chinese message saying what is wrong.
    /// </summary>
    public static HolidayYear ParseHolidayNotice(string json)
    {
        HolidayFile? file;
        try
        {
            file = JsonSerializer.Deserialize<HolidayFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new HolidayNoticeFormatException($"放假安排的格式不正确：{e.Message}");
        }
        if (file is null || file.Holidays is null || file.AdjustedWorkingDays is null)
            throw new HolidayNoticeFormatException("放假安排应包含 year、source、holidays 与 adjustedWorkingDays。");
        if (file.Version < 1 || string.IsNullOrWhiteSpace(file.Source))
            throw new HolidayNoticeFormatException("请填写版本号（version ≥ 1）和通知的出处（source）。");
        if (file.Year is < 1950 or > 2099) throw new HolidayNoticeFormatException("年份应在1950年至2099年之间。");
        try
        {
            var notice = file.ToHolidayYear($"{HolidayPrefix}{file.Year}.json");
            _ = new RestDayCalendar([notice]);   // the calendar's own checks: no day twice, working days only on weekends
            return notice;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new HolidayNoticeFormatException($"放假安排的内容有误：{e.Message}");
        }
    }

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
