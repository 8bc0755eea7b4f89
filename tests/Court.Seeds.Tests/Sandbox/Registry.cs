using Court.Kernel.GovData;
using Court.Seeds.Sandbox;
using Google.Protobuf;
using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

/// <summary>The default registry, generated once for the tests that only read it, and helpers to look into it.</summary>
internal static class Registry
{
    private static readonly Lazy<PlatformRegistryData> LazyDefault = new(() => SandboxRegistry.Generate());

    public static PlatformRegistryData Default => LazyDefault.Value;

    /// <summary>Every message of every list, length-delimited, in order.</summary>
    public static byte[] Bytes(PlatformRegistryData data)
    {
        using var stream = new MemoryStream();
        IEnumerable<IMessage> messages =
        [
            .. data.NaturalPersons, .. data.LegalPersons, .. data.Holdings, .. data.PersonContributions, .. data.EmployerContributions,
        ];
        foreach (var message in messages) message.WriteDelimitedTo(stream);
        return stream.ToArray();
    }

    public static string Identifier(this SubjectRef subject) =>
        subject.IdCase == SubjectRef.IdOneofCase.ResidentIdNumber ? subject.ResidentIdNumber : subject.CreditCode;

    public static int MonthIndex(string yyyyMm) => (int.Parse(yyyyMm[..4], System.Globalization.CultureInfo.InvariantCulture) * 12)
        + int.Parse(yyyyMm[5..], System.Globalization.CultureInfo.InvariantCulture) - 1;
}
