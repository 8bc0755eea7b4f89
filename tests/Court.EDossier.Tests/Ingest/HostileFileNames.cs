using Court.EDossier.Ingest;

namespace Court.EDossier.Tests.Ingest;

public sealed class A_hostile_file_name_is_made_safe_to_show
{
    [Theory]
    [InlineData("起诉状.pdf", "起诉状.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\张三\\Desktop\\证据一.jpg", "证据一.jpg")]
    [InlineData("证据\u0000.pdf", "证据.pdf")]
    [InlineData("合同\r\n附件.pdf", "合同附件.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("..\\..\\.hidden.pdf", "hidden.pdf")]
    [InlineData("...起诉状.PDF", "起诉状.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul", "_nul")]
    [InlineData("com1.tar.pdf", "_com1.tar.pdf")]
    [InlineData("a<b>c:d|e?f*.png", "a_b_c_d_e_f_.png")]
    [InlineData("  借款   合同 .pdf  ", "借款 合同.pdf")]
    [InlineData("证据.pdf. . .", "证据.pdf")]
    public void A_name_is_reduced_to_what_is_safe(string raw, string expected) =>
        UploadFileName.Sanitise(raw).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("\u202E\u0000\u200B")]
    [InlineData(".pdf")]
    [InlineData("???")]
    public void A_name_with_nothing_usable_left_is_hopeless(string raw) =>
        UploadFileName.Sanitise(raw).ShouldBeNull();

    [Fact]
    public void A_very_long_name_is_shortened_keeping_its_extension_and_whole_characters()
    {
        var raw = string.Concat(Enumerable.Repeat("借款合同𠀀", 60)) + ".pdf"; // 𠀀 is outside the BMP: a surrogate pair

        var name = UploadFileName.Sanitise(raw).ShouldNotBeNull();

        new System.Globalization.StringInfo(name).LengthInTextElements.ShouldBeLessThanOrEqualTo(UploadFileName.MaxLength);
        name.ShouldEndWith("….pdf");
        name.ShouldStartWith("借款合同𠀀");
        name.Any(char.IsSurrogate).ShouldBeTrue();
        name.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))).ShouldBeEmpty();
    }
}
