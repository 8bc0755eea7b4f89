using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Court.EDossier.Rendering;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

internal static class TestFonts
{
    private static readonly Lazy<CourtFonts> Shared = new(() => CourtFonts.Load());

    public static CourtFonts Installed => Shared.Value;
}

/// <summary>One signed PDF of each kind, rendered once for the class and written to a temp folder for the Debian tools.</summary>
public sealed class RenderedSamples : IDisposable
{
    public RenderedSamples()
        : this(SampleDocuments.OneOfEachKind())
    {
    }

    internal RenderedSamples(IEnumerable<CourtDocument> documents)
    {
        Folder = Directory.CreateTempSubdirectory("court-render-").FullName;
        Certificate = CourtCertificate.LoadOrCreate(Path.Combine(Folder, "keys", "court-signing.pfx"), SampleDocuments.Court, TimeProvider.System);
        var renderer = new CourtDocumentRenderer(TestFonts.Installed);
        foreach (var document in documents)
        {
            var url = document.CarriesVerification() ? VerificationUrl(document) : null;
            var watch = Stopwatch.StartNew();
            var rendered = renderer.Render(document, url, Certificate);
            watch.Stop();
            var path = Path.Combine(Folder, document.Kind + ".pdf");
            File.WriteAllBytes(path, rendered.Pdf);
            Samples[document.Kind] = new Sample(document, url, path, rendered, watch.Elapsed);
        }
    }

    internal sealed record Sample(CourtDocument Document, string? VerificationUrl, string Path, RenderedDocument Rendered, TimeSpan RenderTime);

    public string Folder { get; }

    internal X509Certificate2 Certificate { get; }

    internal Dictionary<string, Sample> Samples { get; } = [];

    public static TheoryData<string> Kinds => new(SampleDocuments.OneOfEachKind().Select(d => d.Kind));

    internal static string VerificationUrl(CourtDocument document) =>
        $"https://court.example.cn/verify/{CourtDocumentFingerprint.Of(document)}";

    public void Dispose()
    {
        Certificate.Dispose();
        // COURT_KEEP_RENDERS=1 keeps the PDFs for a look with a viewer.
        if (Environment.GetEnvironmentVariable("COURT_KEEP_RENDERS") != "1") Directory.Delete(Folder, recursive: true);
    }
}
