using System.Globalization;
using BenchmarkDotNet.Running;
using VcsDirectory.Benchmarks.Mentoring;

namespace VcsDirectory.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/VcsDirectory.Benchmarks -- --filter '*';
/// or `plan-once N` for one exact mentoring plan at N organisations (see <see cref="PlanOnce"/>).
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args)
    {
        if (args is ["plan-once", var organisations])
        {
            PlanOnce.Run(int.Parse(organisations, CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
    }
}
