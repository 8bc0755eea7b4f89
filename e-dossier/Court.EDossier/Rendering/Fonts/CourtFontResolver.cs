using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Court.EDossier.Rendering;

/// <summary>
/// PDFsharp allows one font resolver per process, fixed before the first font is used; every <see cref="CourtFonts"/>
/// registers its faces here by family name.
/// </summary>
internal sealed class CourtFontResolver : IFontResolver
{
    private static readonly CourtFontResolver Instance = new();
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, CourtFace> _faces = new(StringComparer.Ordinal);

    private CourtFontResolver()
    {
    }

    public static void Register(CourtFace face)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not CourtFontResolver)
            {
                Ingest.PdfSharpSetup.EnsureLicensed();
                GlobalFontSettings.FontResolver = Instance;
            }
        }
        Instance._faces.TryAdd(face.FamilyName, face);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Data : null;
}
