using BenchmarkDotNet.Running;

namespace Court.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- --filter '*' --job short
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
