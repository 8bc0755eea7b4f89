using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Audit;

/// <summary>
/// Part of <c>./court verify</c>: walks the audit log in order and reports, in Chinese and by entry, every entry whose
/// content no longer matches its hash, every broken link (an entry removed, inserted or reordered before it) and every
/// entry written past the chain. The last entry can be removed without a trace in the log itself, so the answer ends
/// with the head of the chain for the operator to keep elsewhere.
/// </summary>
internal sealed class AuditChainVerification(CourtDb db)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken ct)
    {
        string? previous = null;
        AuditEntry? previousEntry = null;
        var (count, problems, chainStarted) = (0, 0, false);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (entry.Hash is null)
            {
                if (chainStarted)
                {
                    problems++;
                    await output.WriteLineAsync($"审计日志{AuditChain.Describe(entry)}没有哈希，不在哈希链上：这条记录是绕过系统直接写入数据库的。");
                    continue;
                }
                previous = AuditChain.HashOf(entry, previous); // before the chain: chained as if it had been
                previousEntry = entry;
                continue;
            }

            chainStarted = true;
            if (entry.PreviousHash != previous)
            {
                problems++;
                var before = previousEntry is null ? "审计日志开头" : $"链上前一条（{previousEntry.Id} 号）";
                await output.WriteLineAsync($"审计日志{AuditChain.Describe(entry)}记录的前一条哈希与{before}不符：两者之间的记录在数据库中被删除、插入或改动过。");
            }
            if (entry.Hash != AuditChain.HashOf(entry, entry.PreviousHash))
            {
                problems++;
                await output.WriteLineAsync($"审计日志{AuditChain.Describe(entry)}的内容与其哈希不符：这条记录在数据库中被改动过。");
            }
            previous = entry.Hash;
            previousEntry = entry;
        }

        if (problems > 0)
        {
            await output.WriteLineAsync($"审计日志共 {count} 条，发现 {problems} 处与哈希链不符，请从备份核对并报告安全事件。");
            return 1;
        }
        await output.WriteLineAsync(previousEntry is null ? "审计日志为空，无需校验哈希链。"
            : $"审计日志共 {count} 条，哈希链完整；链尾为第 {previousEntry.Id} 条，哈希 {previous}（请另行记录，以便发现末尾记录被删除）。");
        return 0;
    }
}
