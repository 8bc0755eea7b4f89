using System.Text;

namespace Court.EDossier.Rendering;

/// <summary>
/// The Chinese faces installed on this machine and the fallback chain per style: a character is drawn with the first
/// face that has a glyph for it. Song (gbsn00lp) has no 〇 (U+3007), which every Chinese date needs, so Droid Sans
/// Fallback or LXGW WenKai stands in for it. Load once and share: the font files are several megabytes each.
/// </summary>
internal sealed class CourtFonts
{
    public const string DefaultFolder = "/usr/share/fonts/truetype";

    private readonly IReadOnlyList<CourtFace> _songChain;
    private readonly IReadOnlyList<CourtFace> _kaiChain;

    private CourtFonts(CourtFace? song, CourtFace? kai, CourtFace? fallback)
    {
        _songChain = new[] { song, fallback }.OfType<CourtFace>().ToArray();
        _kaiChain = new[] { kai, song, fallback }.OfType<CourtFace>().ToArray();
    }

    public IReadOnlyList<CourtFace> Faces => _kaiChain;

    public static CourtFonts Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        var song = TryLoad(folder, "arphic-gbsn00lp/gbsn00lp.ttf");
        var kai = TryLoad(folder, "arphic-gkai00mp/gkai00mp.ttf");
        var fallback = TryLoad(folder, "droid/DroidSansFallbackFull.ttf") ?? TryLoad(folder, "lxgw-wenkai/LXGWWenKai-Regular.ttf");
        if (song is null && fallback is null) throw new CjkFontsMissingException(folder);
        var fonts = new CourtFonts(song, kai, fallback);
        foreach (var face in fonts.Faces) CourtFontResolver.Register(face);
        return fonts;
    }

    public IReadOnlyList<CourtFace> ChainFor(FontStyleRole role) => role == FontStyleRole.Kai ? _kaiChain : _songChain;

    /// <summary>The face a character is drawn with; the primary face when none has it (then <see cref="Uncovered"/> names it).</summary>
    public CourtFace FaceFor(Rune character, FontStyleRole role)
    {
        var chain = ChainFor(role);
        foreach (var face in chain)
            if (face.Covers(character.Value)) return face;
        return chain[0];
    }

    public IReadOnlyList<TextRun> SplitIntoRuns(string text, FontStyleRole role)
    {
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        CourtFace? currentFace = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune, role);
            if (currentFace is not null && face != currentFace)
            {
                runs.Add(new TextRun(current.ToString(), currentFace));
                current.Clear();
            }
            currentFace = face;
            current.Append(rune.ToString());
        }
        if (currentFace is not null) runs.Add(new TextRun(current.ToString(), currentFace));
        return runs;
    }

    /// <summary>The characters of <paramref name="text"/> no face of the chain has a glyph for (spaces and controls aside).</summary>
    public IReadOnlyList<Rune> Uncovered(string text, FontStyleRole role = FontStyleRole.Song) =>
        text.EnumerateRunes()
            .Where(r => !Rune.IsControl(r) && !ChainFor(role).Any(f => f.Covers(r.Value)))
            .Distinct()
            .ToArray();

    private static CourtFace? TryLoad(string folder, string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        return File.Exists(path) ? new CourtFace(path) : null;
    }
}
