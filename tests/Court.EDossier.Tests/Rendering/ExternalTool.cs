using System.Diagnostics;
using System.Text;

namespace Court.EDossier.Tests.Rendering;

internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a Debian tool (pdftotext, qpdf, pdfsig…) with a timeout and captures what it prints.</summary>
internal static class ExternalTool
{
    public static ToolResult Run(string fileName, params string[] arguments) => Run(TimeSpan.FromSeconds(30), fileName, arguments);

    public static ToolResult Run(TimeSpan timeout, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {timeout}.");
        }
        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
