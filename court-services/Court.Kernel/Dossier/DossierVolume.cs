namespace Court.Kernel.Dossier;

/// <summary>The two volumes of a case file: 正卷 (open to parties and counsel) and 副卷 (the bench only).</summary>
public enum DossierVolume
{
    Open,
    Internal,
}

public static class DossierVolumes
{
    public static string ChineseName(this DossierVolume volume) => volume == DossierVolume.Internal ? "副卷" : "正卷";

    /// <summary>The API's names: <c>open</c>, <c>internal</c>.</summary>
    public static string Slug(this DossierVolume volume) => volume == DossierVolume.Internal ? "internal" : "open";

    public static bool TryParse(string? slug, out DossierVolume volume)
    {
        volume = slug == "internal" ? DossierVolume.Internal : DossierVolume.Open;
        return slug is "open" or "internal";
    }
}
