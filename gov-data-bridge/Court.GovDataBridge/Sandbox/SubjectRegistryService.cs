using Court.GovDataBridge.Platform;
using Court.Grpc;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>主体登记: 户籍 by 公民身份号码, 市场主体登记 by 统一社会信用代码.</summary>
internal sealed class SubjectRegistryService(SandboxRegistry registry)
{
    public GrpcServerBuilder MapTo(GrpcServerBuilder server) => server
        .AddUnary(PlatformMethods.GetNaturalPerson, GetNaturalPersonAsync)
        .AddUnary(PlatformMethods.GetLegalPerson, GetLegalPersonAsync);

    private Task<NaturalPerson> GetNaturalPersonAsync(GetNaturalPersonRequest request, ServerCallContext context) =>
        Task.FromResult(registry.FindPerson(RequestIdentifiers.PersonId(request.ResidentIdNumber)) ?? throw RegistryMisses.Person());

    private Task<LegalPerson> GetLegalPersonAsync(GetLegalPersonRequest request, ServerCallContext context) =>
        Task.FromResult(registry.FindOrganization(RequestIdentifiers.CreditCode(request.CreditCode)) ?? throw RegistryMisses.Organization());
}
