using Court.Kernel.Http;

namespace Court.Host.Accounts;

/// <summary>当事人注册 and SMS sign-in (ADR 0018).</summary>
internal static class AccountsSetup
{
    public static IServiceCollection AddCourtAccounts(this IServiceCollection services)
    {
        services.AddScoped<PhoneCodes>();
        services.AddScoped<SmsSignIn>();
        services.AddScoped<LitigantRegistrationServices>();
        return services;
    }

    public static IEndpointRouteBuilder MapCourtAccounts(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithGroupName("court").WithRequestValidation();
        api.MapSendPhoneCode();
        api.MapRegisterLitigant();
        SmsSignIn.MapSmsToken(api);
        return endpoints;
    }
}
