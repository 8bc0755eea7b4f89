using Court.GovData.Bridge.V1;
using Grpc.Core;
using Court.Kernel.Identifiers;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// What each purpose may see of a subject. Filing verification gets a legal person's public registration data
/// (企业信息公示暂行条例) but only a yes/no on a natural person's name and ID number — never an address.
/// </summary>
internal static class ReplyShaping
{
    public static QuerySubjectReply LegalPerson(Purpose purpose, LegalPerson person) => new()
    {
        LegalPerson = IsYesNo(purpose) ? PublicRegistration(person) : person,
    };

    public static QuerySubjectReply NaturalPerson(Purpose purpose, NaturalPerson person, string requestedName, string requestedPhone = "")
    {
        if (!IsYesNo(purpose)) return new QuerySubjectReply { NaturalPerson = person };
        if (string.IsNullOrWhiteSpace(requestedName))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "核验自然人身份时，请同时填写姓名。");
        return new QuerySubjectReply
        {
            IdentityMatch = new IdentityMatch
            {
                Matches = string.Equals(requestedName.Trim(), person.Name, StringComparison.Ordinal),
                MaskedResidentIdNumber = ResidentIdNumber.Parse(person.ResidentIdNumber).Masked,
                // Only real-name verification asks; the answer is a yes/no, never the registered number.
                PhoneMatches = purpose == Purpose.RealNameVerification && requestedPhone.Length > 0
                    && string.Equals(requestedPhone.Trim(), person.Phone, StringComparison.Ordinal),
            },
        };
    }

    /// <summary>Filing verification and real-name verification learn only what the public register shows, and yes/no for a person.</summary>
    private static bool IsYesNo(Purpose purpose) => purpose is Purpose.FilingVerification or Purpose.RealNameVerification;

    /// <summary>The registration record without natural-person shareholders' ID numbers, which are not public.</summary>
    private static LegalPerson PublicRegistration(LegalPerson person)
    {
        var shown = person.Clone();
        foreach (var holder in shown.Shareholders.Where(h => h.Subject?.IdCase == SubjectRef.IdOneofCase.ResidentIdNumber))
            holder.Subject = null;
        return shown;
    }
}
