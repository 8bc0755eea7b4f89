using Grpc.Core;
using Court.Kernel.Identifiers;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Bridge;

/// <summary>A subject named in a request, checked before anything leaves the building.</summary>
internal readonly record struct SubjectKey(bool IsLegalPerson, string Identifier)
{
    public SubjectRef ToRef() => IsLegalPerson ? new SubjectRef { CreditCode = Identifier } : new SubjectRef { ResidentIdNumber = Identifier };

    public override string ToString() => Identifier;
}

internal static class SubjectInput
{
    /// <summary>The normalised identifier, or INVALID_ARGUMENT saying in Chinese what is wrong with it.</summary>
    public static SubjectKey Require(SubjectRef? subject) => subject?.IdCase switch
    {
        SubjectRef.IdOneofCase.ResidentIdNumber => new SubjectKey(false, RequirePerson(subject.ResidentIdNumber)),
        SubjectRef.IdOneofCase.CreditCode => new SubjectKey(true, RequireLegalPerson(subject.CreditCode)),
        _ => throw GrpcErrors.Of(StatusCode.InvalidArgument, "请提供公民身份号码或统一社会信用代码。"),
    };

    public static string RequirePerson(string? idNumber) =>
        ResidentIdNumber.TryParse(idNumber, out var parsed)
            ? parsed.Value
            : throw GrpcErrors.Of(StatusCode.InvalidArgument, ResidentIdNumber.Explain(idNumber) ?? "公民身份号码无效。");

    public static string RequireLegalPerson(string? creditCode) =>
        UnifiedSocialCreditCode.TryParse(creditCode, out var parsed)
            ? parsed.Value
            : throw GrpcErrors.Of(StatusCode.InvalidArgument, UnifiedSocialCreditCode.Explain(creditCode) ?? "统一社会信用代码无效。");
}
