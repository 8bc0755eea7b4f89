using System.Text;
using Court.EDossier.Rendering;

namespace Court.EDossier.Tests.Rendering;

public sealed class Chinese_fonts_on_this_machine
{
    private static readonly CourtFonts Fonts = TestFonts.Installed;

    [Fact]
    public void Song_lacks_the_zero_of_Chinese_dates_and_the_fallback_has_it()
    {
        var song = Fonts.ChainFor(FontStyleRole.Song)[0];
        song.Path.ShouldEndWith("gbsn00lp.ttf");
        song.Covers('〇').ShouldBeFalse();
        song.Covers('厦').ShouldBeTrue();

        var face = Fonts.FaceFor(new Rune('〇'), FontStyleRole.Song);
        face.Covers('〇').ShouldBeTrue();
        face.ShouldNotBe(song);
    }

    [Fact]
    public void A_date_splits_into_runs_so_the_zero_is_drawn_by_a_face_that_has_it()
    {
        var runs = Fonts.SplitIntoRuns(ChineseNumerals.Date(new DateOnly(2026, 12, 1)), FontStyleRole.Song);

        string.Concat(runs.Select(r => r.Text)).ShouldBe("二〇二六年十二月一日");
        runs.Select(r => r.Text).ShouldBe(["二", "〇", "二六年十二月一日"]);
        runs.ShouldAllBe(run => run.Text.EnumerateRunes().All(c => run.Face.Covers(c.Value)));
    }

    [Fact]
    public void Every_character_of_the_sample_documents_is_covered_by_the_chain()
    {
        var text = string.Concat(SampleDocuments.OneOfEachKind().SelectMany(d => DocumentTemplates.BodyOf(d)).Select(b => b.ToString()));

        Fonts.Uncovered(text + "— 1 —扫码核验").ShouldBeEmpty();
    }

    [Fact]
    public void Kai_is_used_when_installed_and_falls_back_to_Song_for_what_it_lacks()
    {
        var chain = Fonts.ChainFor(FontStyleRole.Kai);

        chain[0].Path.ShouldEndWith("gkai00mp.ttf");
        Fonts.FaceFor(new Rune('〇'), FontStyleRole.Kai).Covers('〇').ShouldBeTrue();
    }

    [Fact]
    public void A_machine_without_Chinese_fonts_is_told_which_Debian_packages_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-").FullName;
        try
        {
            var error = Should.Throw<CjkFontsMissingException>(() => CourtFonts.Load(empty));

            error.Message.ShouldContain("fonts-arphic-gbsn00lp");
            error.Message.ShouldContain("fonts-droid-fallback");
            error.Message.ShouldContain("中文字体");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
