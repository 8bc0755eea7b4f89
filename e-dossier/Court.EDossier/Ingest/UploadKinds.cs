namespace Court.EDossier.Ingest;

/// <summary>What an upload is, judged by its first bytes (never by its name).</summary>
internal static class UploadKinds
{
    internal const string Pdf = "pdf";
    internal const string Jpeg = "jpeg";
    internal const string Png = "png";
    internal const string Tiff = "tiff";

    internal const int MagicLength = 8;

    /// <summary>The kind whose magic bytes <paramref name="head"/> starts with, or null when it is none we accept.</summary>
    internal static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return Tiff;
        return null;
    }

    /// <summary>The kind a file name's extension claims: null for no extension, "" for one we do not accept.</summary>
    internal static string? FromExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName.Trim());
        if (string.IsNullOrEmpty(extension) || extension == ".") return null;
        return extension.ToLowerInvariant() switch
        {
            ".pdf" => Pdf,
            ".jpg" or ".jpeg" or ".jpe" or ".jfif" => Jpeg,
            ".png" => Png,
            ".tif" or ".tiff" => Tiff,
            _ => "",
        };
    }

    /// <summary>The kind a Content-Type claims: null when it claims nothing (absent, generic binary), "" for one we do not accept.</summary>
    internal static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var mediaType = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/octet-stream" or "binary/octet-stream" or "application/unknown" => null,
            "application/pdf" or "application/x-pdf" => Pdf,
            "image/jpeg" or "image/pjpeg" or "image/jpg" => Jpeg,
            "image/png" or "image/x-png" => Png,
            "image/tiff" or "image/x-tiff" => Tiff,
            _ => "",
        };
    }
}
