namespace Court.EDossier.Rendering;

/// <summary>One TrueType file, known to PDFsharp under <see cref="FamilyName"/>, with the code points it has glyphs for.</summary>
internal sealed class CourtFace
{
    public CourtFace(string path)
    {
        Path = path;
        Data = File.ReadAllBytes(path);
        Coverage = TrueTypeCoverage.Read(Data);
        FamilyName = "Court " + System.IO.Path.GetFileNameWithoutExtension(path);
    }

    public string Path { get; }

    public string FamilyName { get; }

    public byte[] Data { get; }

    public TrueTypeCoverage Coverage { get; }

    public bool Covers(int codePoint) => Coverage.Covers(codePoint);

    public override string ToString() => FamilyName;
}

/// <summary>A stretch of text drawn with a single face.</summary>
internal readonly record struct TextRun(string Text, CourtFace Face);

internal enum FontStyleRole
{
    /// <summary>宋体: titles and body text.</summary>
    Song,

    /// <summary>楷体: captions; falls back to Song when no Kai face is installed.</summary>
    Kai,
}
