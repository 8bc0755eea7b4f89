using Court.EDossier.Rendering;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

public sealed class Court_document_fingerprint
{
    [Fact]
    public void Is_lower_case_hex_sha256_and_stable_for_equal_content()
    {
        var first = CourtDocumentFingerprint.Of(SampleDocuments.Judgment());
        var second = CourtDocumentFingerprint.Of(SampleDocuments.Judgment());

        first.ShouldMatch("^[0-9a-f]{64}$");
        second.ShouldBe(first);
    }

    public static TheoryData<string, CourtDocument> ChangedDocuments => new()
    {
        { "court", SampleDocuments.Acceptance() with { CourtName = "厦门市湖里区人民法院" } },
        { "case number", SampleDocuments.Acceptance() with { CaseNumber = "(2026)闽0203民初1235号" } },
        { "issued on", SampleDocuments.Acceptance() with { IssuedOn = new DateOnly(2026, 12, 2) } },
        { "query code", SampleDocuments.Acceptance() with { QueryCode = null } },
        { "amount", SampleDocuments.FeePayment() with { Amount = Money.FromYuan(2_300.51m) } },
        { "hearing time", SampleDocuments.Summons() with { HearingAtUtc = new DateTime(2026, 12, 15, 1, 31, 0, DateTimeKind.Utc) } },
        { "served titles", SampleDocuments.ServiceReceipt() with { DocumentTitles = ["起诉状副本", "受理通知书"] } },
        { "opened at", SampleDocuments.ServiceReceipt() with { OpenedAtUtc = null } },
        { "party", SampleDocuments.Judgment() with { Parties = [new DocumentParty("原告", "陈敏")] } },
        { "order", SampleDocuments.Judgment() with { Orders = ["驳回原告陈明的诉讼请求。"] } },
        { "panel", SampleDocuments.Judgment() with { Panel = [("审判员", "张审判")] } },
        { "clerk", SampleDocuments.Judgment() with { ClerkName = "黄书记" } },
    };

    [Theory]
    [MemberData(nameof(ChangedDocuments))]
    public void Changes_when_any_element_changes(string element, CourtDocument changed)
    {
        var original = SampleDocuments.OneOfEachKind().Single(d => d.Kind == changed.Kind);

        CourtDocumentFingerprint.Of(changed).ShouldNotBe(CourtDocumentFingerprint.Of(original), element);
    }

    [Fact]
    public void Names_the_kind_and_every_element_in_its_canonical_json()
    {
        var json = CourtDocumentFingerprint.CanonicalJson(SampleDocuments.FeePayment());

        json.ShouldStartWith("{\"Amount\":230050,");
        json.ShouldContain("\"Kind\":\"fee-payment-notice\"");
        json.ShouldContain("\"CaseNumber\":\"(2026)闽0203民初1234号\"");
    }

    [Fact]
    public void Reads_a_time_without_a_kind_as_utc()
    {
        var utc = SampleDocuments.Summons();
        var unspecified = utc with { HearingAtUtc = DateTime.SpecifyKind(utc.HearingAtUtc, DateTimeKind.Unspecified) };

        CourtDocumentFingerprint.Of(unspecified).ShouldBe(CourtDocumentFingerprint.Of(utc));
    }
}
