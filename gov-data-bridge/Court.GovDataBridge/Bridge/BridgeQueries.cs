using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Platform;
using Grpc.Core;
using Court.Kernel.GovData;
using GovData.Platform.V1;
using Google.Protobuf;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// The bridge's query methods, after <see cref="GrantCheck"/> admitted the call: subject validated, platform asked (or
/// the cache), reply shaped by purpose, then <see cref="CallAudit"/> stores the snapshot and
/// writes the entry with the reply's hash, in one transaction.
/// </summary>
internal sealed class BridgeQueries(PlatformGateway platform, SnapshotWriter snapshots)
{
    public Task<QuerySubjectReply> QuerySubjectAsync(QuerySubjectRequest request, ServerCallContext call) =>
        RunAsync(call, GovDataCategory.Subject,
            () => SubjectInput.Require(request.Subject),
            (grant, subject, ct) => FetchSubjectAsync(grant, subject, request.Name, request.Phone, ct),
            (reply, snapshot) => reply.Snapshot = snapshot);

    public Task<QueryAssetsReply> QueryAssetsAsync(QueryAssetsRequest request, ServerCallContext call) =>
        RunAsync(call, GovDataCategory.Assets,
            () => SubjectInput.Require(request.Subject),
            (_, subject, ct) => FetchAssetsAsync(subject, request.Categories, ct),
            (reply, snapshot) => reply.Snapshot = snapshot);

    public Task<QuerySocialSecurityReply> QuerySocialSecurityAsync(QuerySocialSecurityRequest request, ServerCallContext call) =>
        RunAsync(call, GovDataCategory.SocialSecurity,
            () => request.SubjectCase switch
            {
                QuerySocialSecurityRequest.SubjectOneofCase.ResidentIdNumber => new SubjectKey(false, SubjectInput.RequirePerson(request.ResidentIdNumber)),
                QuerySocialSecurityRequest.SubjectOneofCase.EmployerCreditCode => new SubjectKey(true, SubjectInput.RequireLegalPerson(request.EmployerCreditCode)),
                _ => throw GrpcErrors.Of(StatusCode.InvalidArgument, "请提供个人的公民身份号码或用人单位的统一社会信用代码。"),
            },
            (_, subject, ct) => FetchSocialSecurityAsync(subject, ct),
            (reply, snapshot) => reply.Snapshot = snapshot);

    public async Task<PlatformReply<QueryAssetsReply>> FetchAssetsAsync(SubjectKey subject, IEnumerable<AssetCategory> categories, CancellationToken ct)
    {
        var holdings = await platform.QueryAsync(PlatformMethods.GetAssets, new GetAssetsRequest { Subject = subject.ToRef(), Categories = { categories } }, ct);
        return new PlatformReply<QueryAssetsReply>(new QueryAssetsReply { Holdings = holdings.Value }, holdings.FromCache);
    }

    private async Task<PlatformReply<QuerySubjectReply>> FetchSubjectAsync(GovDataGrant grant, SubjectKey subject, string name, string phone, CancellationToken ct)
    {
        if (subject.IsLegalPerson)
        {
            var legal = await platform.QueryAsync(PlatformMethods.GetLegalPerson, new GetLegalPersonRequest { CreditCode = subject.Identifier }, ct);
            return new(ReplyShaping.LegalPerson(grant.Purpose, legal.Value), legal.FromCache);
        }
        var natural = await platform.QueryAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = subject.Identifier }, ct);
        return new(ReplyShaping.NaturalPerson(grant.Purpose, natural.Value, name, phone), natural.FromCache);
    }

    private async Task<PlatformReply<QuerySocialSecurityReply>> FetchSocialSecurityAsync(SubjectKey subject, CancellationToken ct)
    {
        if (subject.IsLegalPerson)
        {
            var employer = await platform.QueryAsync(PlatformMethods.GetEmployerContributions, new GetEmployerContributionsRequest { CreditCode = subject.Identifier }, ct);
            return new(new QuerySocialSecurityReply { Employer = employer.Value }, employer.FromCache);
        }
        var person = await platform.QueryAsync(PlatformMethods.GetPersonContributions, new GetPersonContributionsRequest { ResidentIdNumber = subject.Identifier }, ct);
        return new(new QuerySocialSecurityReply { Person = person.Value }, person.FromCache);
    }

    private async Task<TReply> RunAsync<TReply>(
        ServerCallContext context, GovDataCategory category,
        Func<SubjectKey> subjectOf,
        Func<GovDataGrant, SubjectKey, CancellationToken, Task<PlatformReply<TReply>>> fetch,
        Action<TReply, Court.GovData.Bridge.V1.Snapshot> attach)
        where TReply : IMessage
    {
        var call = BridgeCall.Of(context);
        var grant = call.AdmittedGrant;
        var subject = subjectOf();
        call.Target = subject.Identifier;
        var result = await fetch(grant, subject, context.CancellationToken);
        var stored = snapshots.Build(grant, KindOf(category), subject, result.Value, result.FromCache, call.Context!.RequestId);
        attach(result.Value, SnapshotWriter.Describe(stored));
        call.Snapshot = stored;
        call.ResultHash = stored.Sha256;
        return result.Value;
    }

    public static string KindOf(GovDataCategory category) => category switch
    {
        GovDataCategory.Subject => "subject",
        GovDataCategory.Assets => "assets",
        GovDataCategory.SocialSecurity => "social-security",
        _ => "action",
    };
}
