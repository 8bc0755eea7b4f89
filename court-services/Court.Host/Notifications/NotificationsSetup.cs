using Court.Host.Notifications.Inbox;
using Court.Kernel.Jobs;
using Court.Kernel.Notifications;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Court.Host.Notifications;

internal static class NotificationsSetup
{
    /// <summary>Catches an outbox row whose dispatch job had already read the outbox when the row committed.</summary>
    public static readonly TimeSpan OutboxSweepInterval = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddCourtNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileSmsGatewayOptions>(configuration.GetSection(FileSmsGatewayOptions.Section));
        services.AddSingleton<INotifier, Notifier>();
        services.AddScoped<UnreadMessages>();
        // The embedded default; a deployment registers its provider's gateway before this runs.
        services.TryAddSingleton<ISmsGateway, FileSmsGateway>();
        services.AddJobHandler<SmsDispatchJob>();
        services.AddRecurringJob("sms-outbox-sweep", SmsDispatchJob.JobKind, OutboxSweepInterval);
        return services;
    }

    public static IEndpointRouteBuilder MapCourtNotifications(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").WithGroupName("court").RequireAuthorization();
        me.MapListMyNotifications();
        me.MapMarkNotificationRead();
        return endpoints;
    }
}
