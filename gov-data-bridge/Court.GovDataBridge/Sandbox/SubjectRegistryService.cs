using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>主体登记: 户籍 by 公民身份号码, 市场主体登记 by 统一社会信用代码.</summary>
internal sealed class SubjectRegistryService(SandboxRegistry registry) : SubjectRegistry.SubjectRegistryBase
{
    public override Task<NaturalPerson> GetNaturalPerson(GetNaturalPersonRequest request, ServerCallContext context) =>
        Task.FromResult(registry.FindPerson(RequestIdentifiers.PersonId(request.ResidentIdNumber)) ?? throw RegistryMisses.Person());

    public override Task<LegalPerson> GetLegalPerson(GetLegalPersonRequest request, ServerCallContext context) =>
        Task.FromResult(registry.FindOrganization(RequestIdentifiers.CreditCode(request.CreditCode)) ?? throw RegistryMisses.Organization());
}
