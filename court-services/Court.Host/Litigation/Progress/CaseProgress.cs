using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Identifiers;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Progress;

/// <summary>
/// Records progress nodes and tells the people concerned: a case's parties and counsel (every participant who is not
/// court staff), or a filing's filer. Each call is idempotent by its key — a retried call returns the node it made the
/// first time and only completes notifications that had not gone out.
/// </summary>
internal sealed class CaseProgress(CourtDb db, INotifier notifier, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<ProgressNode> RecordForFilingAsync(Guid filingId, Guid notifyUserId, ProgressNodeKind kind, string publicNote,
        string? partyDetail, string idempotencyKey, CancellationToken ct)
    {
        Check(publicNote, partyDetail, idempotencyKey);
        var existing = await FindAsync(idempotencyKey, ct);
        if (existing is null)
        {
            var filer = await db.Users.AsNoTracking().Where(u => u.Id == notifyUserId)
                .Select(u => new PersonName(u.DisplayName, u.IdentifierNumber)).SingleOrDefaultAsync(ct)
                ?? throw new ArgumentException($"User {notifyUserId} does not exist.", nameof(notifyUserId));
            RefuseNaturalPersonsNames(publicNote, [filer]);
            // A node recorded after acceptance belongs to the case as well.
            var caseId = await db.ProgressNodes.AsNoTracking().Where(n => n.FilingId == filingId && n.CaseId != null)
                .Select(n => n.CaseId).FirstOrDefaultAsync(ct);
            existing = await AddAsync(new ProgressNode
            {
                Id = Guid.CreateVersion7(), FilingId = filingId, CaseId = caseId, Kind = kind, At = clock.GetUtcNow().UtcDateTime,
                PublicNote = publicNote.Trim(), PartyDetail = Blank(partyDetail), RecordedBy = CurrentUser(), IdempotencyKey = idempotencyKey,
            }, ct);
        }
        else if (existing.FilingId != filingId || existing.Kind != kind)
        {
            throw new InvalidOperationException($"Idempotency key '{idempotencyKey}' was used for another node.");
        }

        await NotifyAsync(existing, [notifyUserId], "立案进度", "您的网上立案申请", ct);
        return existing;
    }

    public async Task<ProgressNode> RecordForCaseAsync(Guid caseId, ProgressNodeKind kind, string publicNote,
        string? partyDetail, string idempotencyKey, CancellationToken ct)
    {
        Check(publicNote, partyDetail, idempotencyKey);
        var existing = await FindAsync(idempotencyKey, ct);
        if (existing is null)
        {
            if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) throw new ArgumentException($"Case {caseId} does not exist.", nameof(caseId));
            RefuseNaturalPersonsNames(publicNote, await ParticipantNamesAsync(caseId, ct));
            existing = await AddAsync(new ProgressNode
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Kind = kind, At = clock.GetUtcNow().UtcDateTime,
                PublicNote = publicNote.Trim(), PartyDetail = Blank(partyDetail), RecordedBy = CurrentUser(), IdempotencyKey = idempotencyKey,
            }, ct);
        }
        else if (existing.CaseId != caseId || existing.Kind != kind)
        {
            throw new InvalidOperationException($"Idempotency key '{idempotencyKey}' was used for another node.");
        }

        var recipients = await db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.UserId, p.Role }).ToListAsync(ct);
        var number = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync(ct);
        await NotifyAsync(existing, recipients.Where(r => !r.Role.IsCourtStaff()).Select(r => r.UserId).Distinct().ToList(),
            "案件进度", $"您的案件{number}", ct);
        return existing;
    }

    /// <summary>On acceptance: the filing's nodes become the case's (and keep their filing). Calling it again changes nothing.</summary>
    public async Task AttachFilingToCaseAsync(Guid filingId, Guid caseId, CancellationToken ct)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) throw new ArgumentException($"Case {caseId} does not exist.", nameof(caseId));
        if (await db.ProgressNodes.AnyAsync(n => n.FilingId == filingId && n.CaseId != null && n.CaseId != caseId, ct))
            throw new InvalidOperationException($"Filing {filingId} already became another case.");
        await db.ProgressNodes.Where(n => n.FilingId == filingId && n.CaseId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CaseId, caseId), ct);
    }

    public async Task<IReadOnlyList<ProgressNode>> ListForFilingAsync(Guid filingId, CancellationToken ct) =>
        await db.ProgressNodes.AsNoTracking().Where(n => n.FilingId == filingId).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<ProgressNode>> ListForCaseAsync(Guid caseId, CancellationToken ct) =>
        await db.ProgressNodes.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(ct);

    /// <summary>
    /// The name of a natural person on the case that <paramref name="text"/> contains, or null. Participants are natural
    /// persons unless their identifier is a unified social credit code.
    /// </summary>
    public async Task<string?> NaturalPersonNamedInAsync(Guid caseId, string text, CancellationToken ct) =>
        NaturalPersonNamedIn(text, await ParticipantNamesAsync(caseId, ct));

    private static string? NaturalPersonNamedIn(string text, IEnumerable<PersonName> people) =>
        people.Where(p => p.IsNaturalPerson && p.DisplayName.Trim().Length >= 2)
            .Select(p => p.DisplayName.Trim())
            .FirstOrDefault(name => text.Contains(name, StringComparison.Ordinal));

    private static void RefuseNaturalPersonsNames(string publicNote, IEnumerable<PersonName> people)
    {
        if (NaturalPersonNamedIn(publicNote, people) is not null)
            throw new ArgumentException("A public note must not name a natural person.", nameof(publicNote));
    }

    private async Task<List<PersonName>> ParticipantNamesAsync(Guid caseId, CancellationToken ct) =>
        await db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == caseId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new PersonName(u.DisplayName, u.IdentifierNumber))
            .ToListAsync(ct);

    private async Task<ProgressNode?> FindAsync(string idempotencyKey, CancellationToken ct) =>
        await db.ProgressNodes.AsNoTracking().SingleOrDefaultAsync(n => n.IdempotencyKey == idempotencyKey, ct);

    private async Task<ProgressNode> AddAsync(ProgressNode node, CancellationToken ct)
    {
        db.ProgressNodes.Add(node);
        try
        {
            await db.SaveChangesAsync(ct);
            return node;
        }
        catch (DbUpdateException)
        {
            // The same call, made twice at once: the other one's node stands.
            if (await FindAsync(node.IdempotencyKey, ct) is { } other) return other;
            throw;
        }
        finally
        {
            db.Entry(node).State = EntityState.Detached;
        }
    }

    private async Task NotifyAsync(ProgressNode node, IReadOnlyList<Guid> userIds, string title, string subject, CancellationToken ct)
    {
        var note = node.PublicNote.Length == 0 || "。！？".Contains(node.PublicNote[^1]) ? node.PublicNote : node.PublicNote + "。";
        var body = $"{subject}有新进度：{node.Kind.ChineseName()}。{note}";
        var link = node.CaseId is { } caseId ? $"/Portals/Cases/{caseId}/Progress" : $"/Portals/Filing/{node.FilingId}";
        foreach (var userId in userIds)
            await notifier.NotifyAsync(userId, $"{title}：{node.Kind.ChineseName()}", body, NotificationChannels.InPortal | NotificationChannels.Sms,
                idempotencyKey: $"progress:{node.Id:N}:{userId:N}", caseId: node.CaseId, ct: ct, link: link);
    }

    private Guid? CurrentUser() => http.HttpContext?.User.TryGetUserId(out var id) == true ? id : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Check(string publicNote, string? partyDetail, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicNote);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (publicNote.Trim().Length > ProgressNode.PublicNoteMaxLength)
            throw new ArgumentException($"A public note has at most {ProgressNode.PublicNoteMaxLength} characters.", nameof(publicNote));
        if (partyDetail?.Trim().Length > ProgressNode.PartyDetailMaxLength)
            throw new ArgumentException($"A party detail has at most {ProgressNode.PartyDetailMaxLength} characters.", nameof(partyDetail));
        if (idempotencyKey.Length > ProgressNode.IdempotencyKeyMaxLength)
            throw new ArgumentException($"An idempotency key has at most {ProgressNode.IdempotencyKeyMaxLength} characters.", nameof(idempotencyKey));
    }

    private sealed record PersonName(string DisplayName, string? IdentifierNumber)
    {
        public bool IsNaturalPerson => IdentifierNumber is null || !UnifiedSocialCreditCode.TryParse(IdentifierNumber, out _);
    }
}
