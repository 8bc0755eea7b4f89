using Court.Host.Access;
using Court.Kernel.Access;

namespace Court.Host.Tests.Access;

public sealed class CaseAccessHandlerTests
{
    public static TheoryData<CaseRole, bool, bool> Roles => new()
    {
        // role, may read the internal volume (副卷), may act for the court
        { CaseRole.Plaintiff, false, false },
        { CaseRole.Defendant, false, false },
        { CaseRole.Counsel, false, false },
        { CaseRole.Creditor, false, false },
        { CaseRole.Administrator, false, false },
        { CaseRole.FilingClerk, false, true },
        { CaseRole.Judge, true, true },
        { CaseRole.JudicialAssistant, true, true },
        { CaseRole.EnforcementOfficer, true, true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Everyone_in_a_case_reads_it_but_only_the_bench_reads_the_internal_volume(CaseRole role, bool internalVolume, bool actForCourt)
    {
        CaseAccessHandler.Allows(role, CaseOperations.Read).ShouldBeTrue();
        CaseAccessHandler.Allows(role, CaseOperations.ReadInternalVolume).ShouldBe(internalVolume);
        CaseAccessHandler.Allows(role, CaseOperations.ActForCourt).ShouldBe(actForCourt);
    }
}
