using System.Diagnostics;

namespace Court.EDossier.Ingest;

/// <summary>
/// Runs Debian's <c>qpdf</c> on untrusted bytes in a child process, under <c>prlimit</c> (address space and CPU seconds) and
/// a wall-clock timeout: a crash, a runaway loop or a memory blow-up ends the child, never the host. Standard output is
/// kept up to a cap; past it the child is killed.
/// </summary>
internal static class Qpdf
{
    internal const long AddressSpaceBytes = 768L * 1024 * 1024;
    internal const int CpuSeconds = 20;
    internal static readonly TimeSpan WallClock = TimeSpan.FromSeconds(30);

    /// <summary>How one run ended: qpdf's exit code (0 clean, 3 warnings, 2 errors) unless it was stopped.</summary>
    internal sealed record Run(int ExitCode, long OutputBytes, bool OverCap, bool TimedOut, MemoryStream Output, string Errors);

    /// <summary>Runs qpdf with <paramref name="arguments"/>, keeping stdout; no file it writes may grow past <paramref name="maxFileBytes"/>.</summary>
    internal static async Task<Run> RunAsync(IReadOnlyList<string> arguments, long maxOutputBytes, long maxFileBytes, CancellationToken ct)
    {
        var start = new ProcessStartInfo("prlimit")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var a in (string[])[$"--as={AddressSpaceBytes}", $"--cpu={CpuSeconds}", $"--fsize={maxFileBytes}", "--core=0", "--", "qpdf", "--no-warn"]) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("prlimit/qpdf did not start.");
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(WallClock);
        var drainErrors = process.StandardError.ReadToEndAsync(timeout.Token);
        var kept = new MemoryStream();
        long total = 0;
        var overCap = false;
        var timedOut = false;
        try
        {
            var buffer = new byte[64 * 1024];
            var stdout = process.StandardOutput.BaseStream;
            int read;
            while ((read = await stdout.ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
                if (total > maxOutputBytes)
                {
                    overCap = true;
                    break;
                }
                kept.Write(buffer, 0, read);
            }
            if (!overCap) await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            timedOut = true;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync(CancellationToken.None);
        var errors = "";
        try
        {
            errors = await drainErrors;
        }
        catch (OperationCanceledException)
        {
            // the child was stopped before it finished writing its complaints
        }
        ct.ThrowIfCancellationRequested();
        kept.Position = 0;
        return new Run(process.ExitCode, total, overCap, timedOut, kept, errors.Length > 2000 ? errors[..2000] : errors);
    }
}
