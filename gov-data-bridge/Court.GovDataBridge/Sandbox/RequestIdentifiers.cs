using Grpc.Core;
using Court.Kernel.Identifiers;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Reads the identifiers of a request: canonical form when valid, INVALID_ARGUMENT with the kernel's explanation when not.</summary>
internal static class RequestIdentifiers
{
    public static string PersonId(string input) =>
        ResidentIdNumber.TryParse(input, out var number)
            ? number.Value
            : throw GrpcErrors.Of(StatusCode.InvalidArgument, ResidentIdNumber.Explain(input)!);

    public static string CreditCode(string input) =>
        UnifiedSocialCreditCode.TryParse(input, out var code)
            ? code.Value
            : throw GrpcErrors.Of(StatusCode.InvalidArgument, UnifiedSocialCreditCode.Explain(input)!);

    public static SubjectKey Subject(SubjectRef? subject) => subject?.IdCase switch
    {
        SubjectRef.IdOneofCase.ResidentIdNumber => SubjectKey.Person(PersonId(subject.ResidentIdNumber)),
        SubjectRef.IdOneofCase.CreditCode => SubjectKey.Organization(CreditCode(subject.CreditCode)),
        _ => throw GrpcErrors.Of(StatusCode.InvalidArgument, "请提供公民身份号码或统一社会信用代码"),
    };

    /// <summary>The canonical form of an identifier held in the registry data, or the text itself when it is not valid.</summary>
    public static string Canonical(string identifier) =>
        ResidentIdNumber.TryParse(identifier, out var number) ? number.Value
        : UnifiedSocialCreditCode.TryParse(identifier, out var code) ? code.Value
        : identifier;
}
