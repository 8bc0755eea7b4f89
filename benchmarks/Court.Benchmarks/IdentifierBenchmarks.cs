using BenchmarkDotNet.Attributes;
using Court.Kernel.Cases;
using Court.Kernel.Identifiers;
using Court.Seeds.Reference;

namespace Court.Benchmarks;

/// <summary>The kernel's parsers sit on every filing and party look-up: they should cost well under a microsecond.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private static readonly ReferenceData Reference = ReferenceData.FromSeeds();
    private readonly CaseTypeCatalogue _caseTypes = Reference.CaseTypes;
    private readonly CourtCatalogue _courts = Reference.Courts;
    private readonly CaseNumber _caseNumber = new(2026, "闽0203", "民诉前调", 1234);

    [Benchmark]
    public bool ResidentIdNumber_TryParse() => ResidentIdNumber.TryParse("350203199003071236", out _);

    [Benchmark]
    public bool ResidentIdNumber_TryParse_lower_case_x() => ResidentIdNumber.TryParse("11010519491231002x", out _);

    [Benchmark]
    public bool UnifiedSocialCreditCode_TryParse() => UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out _);

    [Benchmark]
    public bool UnifiedSocialCreditCode_TryParse_invalid() => UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out _);

    [Benchmark]
    public CaseNumber CaseNumber_Parse() => CaseNumber.Parse("（2026）闽0203民诉前调1234号", _caseTypes, _courts);

    [Benchmark]
    public CaseNumber CaseNumber_Parse_high_court() => CaseNumber.Parse("（2026）闽执恢12号", _caseTypes, _courts);

    [Benchmark]
    public string CaseNumber_Format() => _caseNumber.Format();
}
