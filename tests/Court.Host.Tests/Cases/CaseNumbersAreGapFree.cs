using Court.Host.Cases;
using Court.Host.Tests.Persistence;
using Court.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Cases;

[Trait("Category", "Persistence")]
public sealed class CaseNumbersAreGapFree
{
    [Fact]
    public async Task Concurrent_registrations_get_consecutive_numbers_without_gaps_or_repeats()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.NewCourtDb()) await db.Database.MigrateAsync();

        var registrations = Enumerable.Range(0, 24).Select(async _ =>
        {
            await using var db = scratch.NewCourtDb();
            return (await new CaseRegister(db, TimeProvider.System).RegisterAsync(Civil("民间借贷纠纷"), CancellationToken.None)).Sequence;
        });
        var sequences = await Task.WhenAll(registrations);

        sequences.Order().ShouldBe(Enumerable.Range(1, 24));
    }

    [Fact]
    public async Task A_registration_that_fails_gives_its_number_back()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var first = Guid.CreateVersion7();
        await using (var db = scratch.NewCourtDb())
        {
            await db.Database.MigrateAsync();
            await new CaseRegister(db, TimeProvider.System).RegisterAsync(Civil("买卖合同纠纷", first), CancellationToken.None);
        }

        await using (var db = scratch.NewCourtDb())
        {
            var duplicate = () => new CaseRegister(db, TimeProvider.System).RegisterAsync(Civil("买卖合同纠纷", first), CancellationToken.None);
            await Should.ThrowAsync<DbUpdateException>(duplicate);
        }

        await using var after = scratch.NewCourtDb();
        var next = await new CaseRegister(after, TimeProvider.System).RegisterAsync(Civil("买卖合同纠纷"), CancellationToken.None);
        next.Sequence.ShouldBe(2);
        next.Number.ShouldEndWith("民初2号");
    }

    [Fact]
    public async Task Each_court_type_and_year_counts_on_its_own()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.NewCourtDb();
        await db.Database.MigrateAsync();
        var register = new CaseRegister(db, TimeProvider.System);

        var civil = await register.RegisterAsync(Civil("民间借贷纠纷"), CancellationToken.None);
        var enforcement = await register.RegisterAsync(new NewCase("闽0203", "执", "申请执行", []), CancellationToken.None);
        var otherCourt = await register.RegisterAsync(new NewCase("闽0206", "民初", "买卖合同纠纷", []), CancellationToken.None);

        new[] { civil.Sequence, enforcement.Sequence, otherCourt.Sequence }.ShouldAllBe(s => s == 1);
        otherCourt.Number.ShouldBe($"（{otherCourt.Year}）闽0206民初1号");
    }

    private static NewCase Civil(string title, Guid? id = null) =>
        new("闽0203", "民初", title, [(Guid.CreateVersion7(), CaseRole.Plaintiff)], id);
}
