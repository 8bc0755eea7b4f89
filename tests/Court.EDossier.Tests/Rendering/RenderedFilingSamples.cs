namespace Court.EDossier.Tests.Rendering;

/// <summary>One signed PDF of each document of an online filing (<see cref="SampleFilingDocuments"/>), rendered once for the class.</summary>
public sealed class RenderedFilingSamples : IDisposable
{
    internal RenderedSamples Renders { get; } = new(SampleFilingDocuments.All());

    internal RenderedSamples.Sample this[string kind] => Renders.Samples[kind];

    public static TheoryData<string> CourtIssuedKinds => new(SampleFilingDocuments.CourtIssued().Select(d => d.Kind));

    public static TheoryData<string> PartyFiledKinds => new(SampleFilingDocuments.PartyFiled().Select(d => d.Kind));

    public static TheoryData<string> AllKinds => new(SampleFilingDocuments.All().Select(d => d.Kind));

    /// <summary>The text layer, pages in order, in reading layout.</summary>
    internal string Text(string kind) => ExternalTool.Run("pdftotext", "-layout", this[kind].Path, "-").Stdout;

    /// <summary>Pixels of the seal's red on the pages rendered at 40 dpi: the seal is the only red a document has.</summary>
    internal int RedPixels(string kind)
    {
        var prefix = Path.Combine(Renders.Folder, kind + "-colour");
        ExternalTool.Run("pdftoppm", "-r", "40", this[kind].Path, prefix).ExitCode.ShouldBe(0);
        return Directory.GetFiles(Renders.Folder, kind + "-colour*.ppm").Sum(file => CountRed(File.ReadAllBytes(file)));
    }

    // Binary PPM (P6): three whitespace-separated header numbers (width, height, max value), one whitespace, then RGB bytes.
    private static int CountRed(byte[] ppm)
    {
        var position = 2;
        for (var fields = 0; fields < 3; fields++)
        {
            while (char.IsWhiteSpace((char)ppm[position])) position++;
            while (!char.IsWhiteSpace((char)ppm[position])) position++;
        }
        position++;
        var red = 0;
        for (; position + 2 < ppm.Length; position += 3)
            if (ppm[position] > 180 && ppm[position + 1] < 100 && ppm[position + 2] < 100) red++;
        return red;
    }

    public void Dispose() => Renders.Dispose();
}
