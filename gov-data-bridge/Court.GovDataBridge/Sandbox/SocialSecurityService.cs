using Court.GovDataBridge.Platform;
using Court.Grpc;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>社会保险: a person's contribution periods, an employer's employees and arrears; empty for a subject with none.</summary>
internal sealed class SocialSecurityService(SandboxRegistry registry)
{
    public GrpcServerBuilder MapTo(GrpcServerBuilder server) => server
        .AddUnary(PlatformMethods.GetPersonContributions, GetPersonContributionsAsync)
        .AddUnary(PlatformMethods.GetEmployerContributions, GetEmployerContributionsAsync);

    private Task<PersonContributions> GetPersonContributionsAsync(GetPersonContributionsRequest request, ServerCallContext context)
    {
        var id = RequestIdentifiers.PersonId(request.ResidentIdNumber);
        var person = registry.FindPerson(id) ?? throw RegistryMisses.Person();
        return Task.FromResult(registry.ContributionsOf(id) ?? new PersonContributions { ResidentIdNumber = id, Name = person.Name });
    }

    private Task<EmployerContributions> GetEmployerContributionsAsync(GetEmployerContributionsRequest request, ServerCallContext context)
    {
        var code = RequestIdentifiers.CreditCode(request.CreditCode);
        var employer = registry.FindOrganization(code) ?? throw RegistryMisses.Organization();
        return Task.FromResult(registry.EmployerContributionsOf(code) ?? new EmployerContributions { CreditCode = code, Name = employer.Name });
    }
}
