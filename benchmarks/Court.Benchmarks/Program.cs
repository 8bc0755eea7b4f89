using BenchmarkDotNet.Running;
using Court.Benchmarks.Bridge;
using Court.Benchmarks.Dossier;
using Court.Benchmarks.Filing;
using Court.Benchmarks.Search;

namespace Court.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- --filter '*' --job short
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- bridge-overhead [--n 2000] [--warmup 300] [--interval-ms 4] [--components 1000]
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- bridge-batch [--subjects 10000] [--warmup 200] [--bridge-rate 480]
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- dossier-search [--pages 100000] [--pages-per-case 100] [--queries 60] [--visible 50] [--db PATH] [--sqlite false]
    //   (and COURT_BENCH_POSTGRES="Host=…;Port=…;Username=postgres" to run it on PostgreSQL too)
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- dossier-merge [--pages 500] [--docs 50] [--runs 5]
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- dossier-reader [--pages 300] [--docs 30] [--runs 5]  (Chromium + PDF.js)
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- dossier-ocr [--pages 10]
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- filing-concurrency [--provider Sqlite|Postgres] [--filings 200] [--warmup 5]
    //   (Postgres: COURT_BENCH_POSTGRES="Host=127.0.0.1;Port=PORT;Username=postgres"; a fresh database is made on it)
    // dotnet run -c Release --project benchmarks/Court.Benchmarks -- filing-materials [--megabytes 20] [--concurrency 1,4,8] [--rounds 2] [--provider Sqlite|Postgres]
    // The bridge benchmarks start the court host in this process (Bridge/BenchHost.cs); run them with DOTNET_gcServer=1,
    // the GC the host has on its own, and --data-dir PATH to keep (and choose) its data folder. docs/performance.md.
    private static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case BridgeOverhead.Command:
                return await BridgeOverhead.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case BridgeBatch.Command:
                return await BridgeBatch.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case MergedDossierLoad.Command:
                return await MergedDossierLoad.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case ReaderFirstPage.Command:
                return await ReaderFirstPage.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case OcrThroughput.Command:
                return await OcrThroughput.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case DossierSearchLoad.Command:
                return await DossierSearchLoad.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case FilingConcurrency.Command:
                return await FilingConcurrency.RunAsync(BenchArgs.Parse(args.Skip(1)));
            case FilingMaterials.Command:
                return await FilingMaterials.RunAsync(BenchArgs.Parse(args.Skip(1)));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
