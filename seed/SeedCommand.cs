using System.CommandLine;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Seed;

/// <summary>
/// Writes the demo dataset in the directory's import format.
/// <c>dotnet run --project seed -- [--organisations N] [--needs N] [--seed S] [--out FILE]</c>
/// </summary>
public static class SeedCommand
{
    public static Task<int> Main(string[] args)
    {
        var defaults = new GeneratorOptions();
        var organisations = new Option<int>("--organisations") { Description = "How many synthetic organisations (with their services).", DefaultValueFactory = _ => defaults.Organisations };
        var needs = new Option<int>("--needs") { Description = "How many identified needs in all: the outreach clusters hold the demo's share, the rest are background.", DefaultValueFactory = _ => defaults.Needs };
        var seed = new Option<int>("--seed") { Description = "The generator's seed: the same options always give the same dataset.", DefaultValueFactory = _ => defaults.Seed };
        var output = new Option<string>("--out") { Description = "Where to write the dataset.", DefaultValueFactory = _ => Path.Combine("seed", "data", "poole-demo.json") };
        var root = new RootCommand("Writes the Poole demo dataset in the directory's import format.") { organisations, needs, seed, output };
        root.SetAction((parse, cancellationToken) => WriteAsync(
            defaults with { Organisations = parse.GetValue(organisations), Needs = parse.GetValue(needs), Seed = parse.GetValue(seed) },
            parse.GetValue(output)!, cancellationToken));
        return root.Parse(args).InvokeAsync();
    }

    private static async Task<int> WriteAsync(GeneratorOptions options, string output, CancellationToken cancellationToken)
    {
        var dataset = DemoDatasetGenerator.Generate(PooleReference.Load(PooleReference.DefaultPath), options);
        var problems = DatasetValidator.Validate(dataset);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync("The generated dataset is invalid:\n" + string.Join('\n', problems.Take(20)));
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, DatasetJson.Write(dataset), cancellationToken);
        Console.WriteLine($"Wrote {output}: {dataset.Organisations.Count} organisations, {dataset.Services.Count} services, {dataset.IdentifiedNeeds.Count} identified needs.");
        return 0;
    }
}
