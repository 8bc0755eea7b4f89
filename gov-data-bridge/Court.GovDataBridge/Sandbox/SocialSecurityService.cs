using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>社会保险: a person's contribution periods, an employer's employees and arrears; empty for a subject with none.</summary>
internal sealed class SocialSecurityService(SandboxRegistry registry) : SocialSecurity.SocialSecurityBase
{
    public override Task<PersonContributions> GetPersonContributions(GetPersonContributionsRequest request, ServerCallContext context)
    {
        var id = RequestIdentifiers.PersonId(request.ResidentIdNumber);
        var person = registry.FindPerson(id) ?? throw RegistryMisses.Person();
        return Task.FromResult(registry.ContributionsOf(id) ?? new PersonContributions { ResidentIdNumber = id, Name = person.Name });
    }

    public override Task<EmployerContributions> GetEmployerContributions(GetEmployerContributionsRequest request, ServerCallContext context)
    {
        var code = RequestIdentifiers.CreditCode(request.CreditCode);
        var employer = registry.FindOrganization(code) ?? throw RegistryMisses.Organization();
        return Task.FromResult(registry.EmployerContributionsOf(code) ?? new EmployerContributions { CreditCode = code, Name = employer.Name });
    }
}
