using Court.Host.Identity;
using Court.Host.Jobs.Admin;
using Court.Host.Notifications;
using Court.Kernel.Jobs;

namespace Court.Host.Jobs;

/// <summary>Durable background jobs and the notifications sent through them (docs/adr/0003).</summary>
internal static class JobsSetup
{
    public static IServiceCollection AddCourtJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<JobQueue>());
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<RecurringJobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobScheduler>());

        services.AddJobHandler<PurgeFinishedJobs>();
        services.AddRecurringJob("jobs-purge-finished", PurgeFinishedJobs.JobKind, new TimeOnly(3, 30));

        services.AddCourtNotifications(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapCourtJobs(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithGroupName("court").RequireAuthorization(Policies.CourtAdmin);
        admin.MapListJobs();
        admin.MapRetryJob();
        admin.MapRunRecurringJob();

        endpoints.MapCourtNotifications();
        return endpoints;
    }
}
