using System.Diagnostics;

namespace Court.EDossier.Tests.Ingest.Support;

internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
}

/// <summary>Runs a Debian tool (qpdf, pdfinfo, pdftoppm) with a timeout, capturing its output.</summary>
internal static class ProcessRunner
{
    internal static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish in time");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs and fails the test when the tool exits non-zero.</summary>
    internal static async Task<ProcessResult> RunOkAsync(string fileName, params string[] arguments)
    {
        var result = await RunAsync(fileName, arguments);
        result.ExitCode.ShouldBe(0, result.ToString());
        return result;
    }
}
