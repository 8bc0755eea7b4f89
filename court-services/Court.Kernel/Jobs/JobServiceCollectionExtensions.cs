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

    /// <summary>
    /// Jobs of <paramref name="kind"/> get <paramref name="maxAttempts"/> attempts instead of the host's default, e.g. for work
    /// that must outlast an outage of the system it calls.
    /// </summary>
    public static IServiceCollection AddJobAttempts(this IServiceCollection services, string kind, int maxAttempts) =>
        services.AddSingleton(new JobKindAttempts(kind, Math.Max(1, maxAttempts)));

    /// <summary>Enqueues a job of <paramref name="kind"/> every <paramref name="interval"/>, the first one an interval after start-up.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, string kind, TimeSpan interval, object? payload = null) =>
        services.AddSingleton(new RecurringJobDefinition(name, kind, interval, null, JobJson.Serialize(payload ?? new { })));

    /// <summary>Enqueues a job of <paramref name="kind"/> every day at <paramref name="dailyAtShanghai"/> China Standard Time.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, string kind, TimeOnly dailyAtShanghai, object? payload = null) =>
        services.AddSingleton(new RecurringJobDefinition(name, kind, null, dailyAtShanghai, JobJson.Serialize(payload ?? new { })));
}

/// <summary>The number of attempts jobs of one kind get (see <see cref="JobServiceCollectionExtensions.AddJobAttempts"/>).</summary>
public sealed record JobKindAttempts(string Kind, int MaxAttempts);
