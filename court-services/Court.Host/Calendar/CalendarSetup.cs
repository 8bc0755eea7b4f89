using Court.Host.Features.Calendar;
using Court.Host.Identity;
using Court.Kernel.Http;
using Court.Kernel.Calendar;

namespace Court.Host.Calendar;

internal static class CalendarSetup
{
    public static IServiceCollection AddCourtCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CourtCalendar>();
        services.AddSingleton<ICourtCalendar>(sp => sp.GetRequiredService<CourtCalendar>());
        services.AddScoped<StatutoryDeadlines>();
        services.AddScoped<RecountProvisionalDeadlines>();
        return services;
    }

    public static IEndpointRouteBuilder MapCourtCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("court").WithRequestValidation().MapCalculatePeriodEnd();
        endpoints.MapGroup("/api/admin").WithGroupName("court").RequireAuthorization(Policies.CourtAdmin).MapHolidayNotices();
        return endpoints;
    }

    /// <summary>At start-up, after the migrations: the notices the admin loaded, and a recount in case a deploy shipped a new seeds file.</summary>
    public static async Task PrepareCalendarAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecountProvisionalDeadlines>().RunAsync(ct);
    }
}
