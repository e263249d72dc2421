using BenchmarkDotNet.Running;

namespace VcsDirectory.Benchmarks;

/// <summary>dotnet run -c Release --project tests/VcsDirectory.Benchmarks -- --filter '*'</summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
