using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Progress;

[Trait("Category", "Persistence")]
public sealed class NotifyingTheParties(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task Each_node_reaches_every_party_and_counsel_once_in_the_portal_and_by_sms_and_no_court_staff()
    {
        var civil = await app.RegisterCivilCaseAsync();
        var (litigant, lawyer) = (await app.UserIdAsync("litigant"), await app.UserIdAsync("lawyer"));

        var accepted = await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。");
        var assigned = await app.RecordAsync(civil.Id, ProgressNodeKind.Assigned, "案件已分配承办法官。");

        foreach (var node in new[] { accepted, assigned })
        {
            var (inPortal, sms) = await app.NotifiedOfAsync(node.Id);
            inPortal.Order().ShouldBe(new[] { litigant, lawyer }.Order());
            sms.ShouldBe(2);
        }
        await using var scope = app.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<CourtDb>().Notifications
            .SingleAsync(n => n.UserId == litigant && n.IdempotencyKey!.StartsWith($"progress:{assigned.Id:N}:"));
        message.Title.ShouldBe("案件进度：已分案");
        message.Body.ShouldContain(civil.Number);
        message.CaseId.ShouldBe(civil.Id);
    }

    [Fact]
    public async Task Recording_the_same_node_again_returns_it_and_notifies_nobody_twice()
    {
        var civil = await app.RegisterCivilCaseAsync();
        var key = $"judgment:{civil.Id:N}";

        var first = await app.RecordAsync(civil.Id, ProgressNodeKind.Judgment, "本案已作出裁判。", key: key);
        var again = await app.RecordAsync(civil.Id, ProgressNodeKind.Judgment, "本案已作出裁判。", key: key);

        again.Id.ShouldBe(first.Id);
        (await app.WithProgressAsync(p => p.ListForCaseAsync(civil.Id, CancellationToken.None))).Count.ShouldBe(1);
        var (inPortal, sms) = await app.NotifiedOfAsync(first.Id);
        inPortal.Count.ShouldBe(2);
        sms.ShouldBe(2);
    }

    [Fact]
    public async Task A_party_who_is_both_plaintiff_and_counsel_is_told_once()
    {
        var civil = await app.RegisterCaseAsync(("litigant", CaseRole.Plaintiff), ("litigant", CaseRole.Counsel), ("judge", CaseRole.Judge));

        var node = await app.RecordAsync(civil.Id, ProgressNodeKind.Served, "裁判文书已送达。");

        (await app.NotifiedOfAsync(node.Id)).InPortal.ShouldBe([await app.UserIdAsync("litigant")]);
    }

    [Fact]
    public async Task A_public_note_naming_a_natural_person_on_the_case_is_refused()
    {
        var civil = await app.RegisterCivilCaseAsync();

        var naming = () => app.RecordAsync(civil.Id, ProgressNodeKind.Assigned, "由王审判法官承办。");

        await Should.ThrowAsync<ArgumentException>(naming);
        (await app.WithProgressAsync(p => p.ListForCaseAsync(civil.Id, CancellationToken.None))).ShouldBeEmpty();
    }
}
