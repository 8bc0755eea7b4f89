using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Court.GovDataBridge.Tests.Interop;

/// <summary>
/// Debian's stock gRPC (python3-grpcio, python3-grpc-tools) as a peer for interop tests: Python stubs generated
/// at test time, Python clients run to completion, Python servers run in the background.
/// Depends on the BCL alone, so other test projects can link this file.
/// </summary>
/// <remarks>
/// Scripts find the stubs folder in the <c>COURT_GRPC_STUBS</c> environment variable (it is also on PYTHONPATH).
/// A client script prints one JSON object as its last line of output; a server script prints its port as its
/// first line. Relative script paths resolve against the test assembly's folder.
/// </remarks>
public static class StockGrpc
{
    public const string Python = "/usr/bin/python3";
    public const string StubsVariable = "COURT_GRPC_STUBS";

    private const string WellKnownProtos = "/usr/lib/python3/dist-packages/grpc_tools/_proto";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The folder holding Court.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// Generates <c>_pb2</c> and <c>_pb2_grpc</c> modules for <paramref name="protoFiles"/> (relative to
    /// <paramref name="protoRoot"/>) into a new temporary folder, or into <paramref name="outputFolder"/> to
    /// combine protos from several roots.
    /// </summary>
    public static async Task<string> GenerateStubsAsync(string protoRoot, IEnumerable<string> protoFiles, string? outputFolder = null)
    {
        var output = outputFolder ?? Directory.CreateTempSubdirectory("court-grpc-stubs-").FullName;
        string[] arguments =
        [
            "-m", "grpc_tools.protoc", $"-I{protoRoot}", $"-I{WellKnownProtos}",
            $"--python_out={output}", $"--grpc_python_out={output}", .. protoFiles,
        ];
        var result = await RunToEndAsync(arguments, output, DefaultTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"grpc_tools.protoc failed ({result.ExitCode}): {result.StandardError}");
        }

        return output;
    }

    /// <summary>Runs a client script to completion and returns the JSON object it printed last.</summary>
    public static async Task<JsonElement> RunClientAsync(string script, IEnumerable<string> arguments, string stubsFolder, TimeSpan? timeout = null)
    {
        var result = await RunToEndAsync([ResolveScript(script), .. arguments], stubsFolder, timeout ?? DefaultTimeout);
        var lastLine = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (result.ExitCode != 0 || lastLine is null)
        {
            throw new InvalidOperationException(
                $"{script} exited with {result.ExitCode}.\nstdout: {result.StandardOutput}\nstderr: {result.StandardError}");
        }

        using var document = JsonDocument.Parse(lastLine);
        return document.RootElement.Clone();
    }

    /// <summary>Starts a server script and waits until it prints the port it listens on.</summary>
    public static async Task<StockGrpcServer> StartServerAsync(
        string script, string stubsFolder, IEnumerable<string>? arguments = null, TimeSpan? startupTimeout = null)
    {
        var process = new Process { StartInfo = StartInfo([ResolveScript(script), .. arguments ?? []], stubsFolder), EnableRaisingEvents = true };
        var server = new StockGrpcServer(process);
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (int.TryParse(line.Data, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                port.TrySetResult(value);
            }
        };
        process.ErrorDataReceived += (_, line) => server.AppendError(line.Data);
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException($"{script} exited before printing its port."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.Port = await port.Task.WaitAsync(startupTimeout ?? DefaultTimeout);
            return server;
        }
        catch (Exception ex)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{script} did not start: {ex.Message}\nstderr: {server.StandardError}", ex);
        }
    }

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunToEndAsync(
        IEnumerable<string> arguments, string stubsFolder, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(arguments, stubsFolder))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python did not finish within {timeout}: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string stubsFolder)
    {
        var info = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[StubsVariable] = stubsFolder;
        info.Environment["PYTHONPATH"] = stubsFolder;
        info.Environment["PYTHONUNBUFFERED"] = "1";
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var proxy in new[] { "http_proxy", "https_proxy", "grpc_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        {
            info.Environment.Remove(proxy);
        }

        return info;
    }

    private static string ResolveScript(string script) =>
        Path.IsPathRooted(script) ? script : Path.Combine(AppContext.BaseDirectory, script);

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Court.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Court.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A stock gRPC server process; disposing it kills the process.</summary>
public sealed class StockGrpcServer : IAsyncDisposable, IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _standardError = new();

    internal StockGrpcServer(Process process) => _process = process;

    public int Port { get; internal set; }

    /// <summary>The <c>http://127.0.0.1:port</c> address to dial.</summary>
    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string StandardError
    {
        get
        {
            lock (_standardError)
            {
                return _standardError.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (HasStarted())
        {
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    internal void AppendError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_standardError)
        {
            _standardError.AppendLine(line);
        }
    }

    private void Kill()
    {
        try
        {
            if (HasStarted() && !_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }

    private bool HasStarted()
    {
        try
        {
            _ = _process.Id;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
