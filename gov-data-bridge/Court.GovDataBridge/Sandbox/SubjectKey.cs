using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>A subject by its canonical identifier: a 公民身份号码 or a 统一社会信用代码.</summary>
internal readonly record struct SubjectKey(SubjectRef.IdOneofCase Kind, string Value)
{
    public bool IsPerson => Kind == SubjectRef.IdOneofCase.ResidentIdNumber;

    public static SubjectKey Person(string residentIdNumber) => new(SubjectRef.IdOneofCase.ResidentIdNumber, residentIdNumber);

    public static SubjectKey Organization(string creditCode) => new(SubjectRef.IdOneofCase.CreditCode, creditCode);

    /// <summary>The key of a subject as the registry data names it (not validated: the data is trusted).</summary>
    public static SubjectKey Of(SubjectRef subject) => subject.IdCase switch
    {
        SubjectRef.IdOneofCase.ResidentIdNumber => Person(RequestIdentifiers.Canonical(subject.ResidentIdNumber)),
        SubjectRef.IdOneofCase.CreditCode => Organization(RequestIdentifiers.Canonical(subject.CreditCode)),
        _ => throw new InvalidOperationException("The registry data holds a subject without an identifier."),
    };

    public SubjectRef ToRef() => IsPerson ? new SubjectRef { ResidentIdNumber = Value } : new SubjectRef { CreditCode = Value };

    public override string ToString() => Value;
}
