using System.Diagnostics;
using Court.EDossier.Ingest;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Ocr;

/// <summary>
/// One page of a PDF to text: poppler's <c>pdftoppm</c> renders it at 300 dpi in grey, Tesseract reads it with the
/// Simplified Chinese model (<c>chi_sim</c>). Spaces Tesseract puts between Chinese characters are removed.
/// </summary>
internal sealed class Tesseract(IOptions<EDossierOptions> options)
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);

    public async Task<string> ReadPageAsync(string pdfPath, int pageNumber, CancellationToken ct)
    {
        var image = $"{pdfPath}-p{pageNumber}";
        try
        {
            await RunAsync(options.Value.PdftoppmPath, ["-r", "300", "-gray", "-png", "-singlefile", "-f", $"{pageNumber}", "-l", $"{pageNumber}", pdfPath, image], ct);
            var text = await RunAsync(options.Value.TesseractPath, [image + ".png", "stdout", "-l", "chi_sim", "--psm", "3"], ct);
            return OcrText.Normalise(text);
        }
        finally
        {
            File.Delete(image + ".png");
        }
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PageTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited {process.ExitCode}: {(await error).Trim()}");
        return await output;
    }
}

internal static class OcrText
{
    /// <summary>Joins what Tesseract splits: spaces between two CJK characters go, lines join as <see cref="ChineseLines"/> says.</summary>
    public static string Normalise(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && i > 0 && i + 1 < text.Length && ChineseLines.IsCjk(text[i - 1]) && ChineseLines.IsCjk(text[i + 1])) continue;
            chars.Append(c);
        }
        return ChineseLines.Join(chars.ToString().Split('\n').Select(l => l.Trim()));
    }
}
