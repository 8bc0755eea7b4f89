namespace Court.Host.Litigation.Payments;

/// <summary>Fee payments for online filing (docs/adr/0010). Listeners (<see cref="IFeePaymentListener"/>) are registered by their owners.</summary>
internal static class PaymentsSetup
{
    public static IServiceCollection AddFeePayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.Section));
        services.AddSingleton<SandboxSecret>();
        services.AddSingleton<SandboxBank>();
        services.AddSingleton<IPaymentProvider, SandboxPaymentProvider>();
        services.AddScoped<FeePayments>();
        services.AddScoped<PaymentNotifications>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeePayments(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithGroupName("court");
        api.MapReceivePaymentNotification();
        endpoints.MapGoToPaymentProvider();
        return endpoints;
    }
}
