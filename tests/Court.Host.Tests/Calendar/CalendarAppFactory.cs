using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Kernel.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Calendar;

/// <summary>
/// The host on Monday 21 December 2026, 10:00 in Xiamen, whatever today is: a 15-day period from then ends in 2027, a year whose
/// State Council notice Court's seeds do not have (DOMAIN.md §6).
/// </summary>
public sealed class CalendarAppFactory() : CourtAppFactory(Monday21December2026)
{
    public static readonly DateTimeOffset Monday21December2026 = new(2026, 12, 21, 2, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Court:Jobs:Enabled", "false");
    }

    /// <summary>Runs the daily 逾期未补正 job now, as the scheduler would.</summary>
    public async Task RunLapsingJobAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().Single(h => h.Kind == "filing.lapse-uncorrected");
        await handler.ExecuteAsync(new JobContext(Guid.NewGuid(), 1, "{}", (_, _, _) => Task.CompletedTask), CancellationToken.None);
    }

    /// <summary>A notice for 2027 made up for the test (the real one is the State Council's to publish): 元旦 1–5 January.</summary>
    public static object TestNotice2027(int newYearUntil = 5) => new
    {
        version = 1, year = 2027, source = "测试用放假安排（非国务院通知）",
        holidays = new[] { new { festival = "元旦", firstDay = "2027-01-01", lastDay = $"2027-01-0{newYearUntil}", days = newYearUntil } },
        adjustedWorkingDays = Array.Empty<object>(),
    };
}
