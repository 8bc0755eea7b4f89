using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Court.Kernel.Jobs;

/// <summary>How a module contributes background work; the host supplies the queue and the worker.</summary>
public static class JobServiceCollectionExtensions
{
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IJobHandler, THandler>());
        return services;
    }

    /// <summary>Enqueues a job of <paramref name="kind"/> every <paramref name="interval"/>, the first one an interval after start-up.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, string kind, TimeSpan interval, object? payload = null) =>
        services.AddSingleton(new RecurringJobDefinition(name, kind, interval, null, JobJson.Serialize(payload ?? new { })));

    /// <summary>Enqueues a job of <paramref name="kind"/> every day at <paramref name="dailyAtShanghai"/> China Standard Time.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, string kind, TimeOnly dailyAtShanghai, object? payload = null) =>
        services.AddSingleton(new RecurringJobDefinition(name, kind, null, dailyAtShanghai, JobJson.Serialize(payload ?? new { })));
}
