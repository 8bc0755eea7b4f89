using Court.Kernel.Http;

namespace Court.Host.Litigation.Progress;

/// <summary>Case progress (issue 5 item 10): nodes, notifications, the parties' and the public queries.</summary>
internal static class ProgressSetup
{
    public static IServiceCollection AddCaseProgress(this IServiceCollection services)
    {
        services.AddScoped<CaseProgress>();
        services.AddOptions<PublicQueryOptions>().BindConfiguration(PublicQueryOptions.Section);
        services.AddOptions<CaseProgressQueryOptions>().BindConfiguration(CaseProgressQueryOptions.Section);
        services.AddRateLimiter(o => o
            .AddPolicy<string, PublicQueryRateLimit>(PublicQueryRateLimit.Policy)
            .AddPolicy<string, CaseProgressRateLimit>(CaseProgressRateLimit.Policy));
        return services;
    }

    /// <summary>The endpoints; the pages are found by Razor Pages. Needs <c>UseRateLimiter()</c> after routing.</summary>
    public static IEndpointRouteBuilder MapCaseProgress(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithGroupName("court").WithRequestValidation();
        api.MapGetCaseProgress();
        api.MapPublicProgressQuery();
        api.MapPublishProgressNode();
        return endpoints;
    }
}
