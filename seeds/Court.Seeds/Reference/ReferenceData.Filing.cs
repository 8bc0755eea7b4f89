using Court.Kernel.Cases;
using Court.Kernel.Filing;

namespace Court.Seeds.Reference;

public sealed partial class ReferenceData
{
    private static FilingCatalogue ReadFilingKinds(CaseTypeCatalogue caseTypes)
    {
        var file = Read<FilingKindsFile>(Prefix + "filing-case-kinds.v1.json");
        foreach (var kind in file.Kinds)
        {
            if (!caseTypes.TryGet(kind.CaseTypeCode, out var type) || type.Category != CaseCategory.Civil || type.Procedure != CaseProcedure.FirstInstance)
                throw new InvalidOperationException($"Filing kind '{kind.Slug}' names '{kind.CaseTypeCode}', which is not a civil first-instance case type.");
        }
        return new FilingCatalogue(file.Kinds, file.Interview);
    }

    private static JurisdictionMap ReadJurisdiction(CourtCatalogue courts) =>
        Read<JurisdictionFile>(Prefix + "jurisdiction.v1.json").ToMap(courts);

    private static MediationCatalogue ReadMediation(FilingCatalogue filingKinds) =>
        new(Read<MediationFile>(Prefix + "mediation-organisations.v1.json").Organisations, [.. filingKinds.All.Select(k => k.Slug)]);

    private sealed record FilingKindsFile(int Version, string Source, IReadOnlyList<InterviewQuestion> Interview, IReadOnlyList<FilingCaseKind> Kinds)
        : ReferenceFile(Version, Source);

    private sealed record MediationFile(int Version, string Source, IReadOnlyList<MediationOrganisation> Organisations)
        : ReferenceFile(Version, Source);

    private sealed record DistrictEntry(string District, string Court);

    private sealed record JurisdictionFile(
        int Version, string Source, DateOnly EffectiveFrom, string ProvinceCode, string ProvinceName, string City,
        string IntermediateCourt, IReadOnlyList<DistrictEntry> Districts,
        decimal IntermediateFromWhenAllOnOneSide, decimal IntermediateFromWhenOnePartyOutside, decimal HighFrom)
        : ReferenceFile(Version, Source)
    {
        internal JurisdictionMap ToMap(CourtCatalogue courts)
        {
            var high = Court(courts, ProvinceCode, CourtLevel.High);
            var intermediate = Court(courts, IntermediateCourt, CourtLevel.Intermediate);
            if (intermediate.ParentCode != high.Code || intermediate.City != City)
                throw new InvalidOperationException($"jurisdiction: {IntermediateCourt} is not {City}'s intermediate court under {ProvinceCode}.");
            if (Districts.Select(d => d.District).Distinct(StringComparer.Ordinal).Count() != Districts.Count)
                throw new InvalidOperationException("jurisdiction: a district appears twice.");
            var districts = Districts.Select(d =>
            {
                var court = Court(courts, d.Court, CourtLevel.Basic);
                if (court.ParentCode != intermediate.Code || !court.Name.Contains(City + d.District, StringComparison.Ordinal))
                    throw new InvalidOperationException($"jurisdiction: {d.Court} is not the basic court of {City}{d.District}.");
                return new DistrictCourt(d.District, court);
            }).ToList();
            if (!(0 < IntermediateFromWhenOnePartyOutside && IntermediateFromWhenOnePartyOutside <= IntermediateFromWhenAllOnOneSide && IntermediateFromWhenAllOnOneSide < HighFrom))
                throw new InvalidOperationException("jurisdiction: the thresholds must rise from one party outside, to all on one side, to the high court.");
            return new JurisdictionMap(EffectiveFrom, Source, ProvinceName, City, districts, intermediate, high,
                IntermediateFromWhenAllOnOneSide, IntermediateFromWhenOnePartyOutside, HighFrom);
        }

        private static CourtInfo Court(CourtCatalogue courts, string code, CourtLevel level) =>
            courts.TryGet(code, out var court) && court.Level == level
                ? court
                : throw new InvalidOperationException($"jurisdiction: '{code}' is not a {level} court in courts.v1.json.");
    }
}
