using VcsDirectory.Api.Import;
using VcsDirectory.Seed;

namespace VcsDirectory.Seed;

/// <summary>
/// Writes the demo dataset in the directory's import format.
/// <c>dotnet run --project seed -- [--organisations N] [--needs N] [--seed S] [--out FILE]</c>
/// </summary>
public static class SeedCommand
{
    public static async Task<int> Main(string[] args)
    {
        var options = new GeneratorOptions();
        var output = Path.Combine("seed", "data", "poole-demo.json");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--organisations": options = options with { Organisations = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; break;
                case "--needs": options = options with { BackgroundNeeds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; break;
                case "--seed": options = options with { Seed = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; break;
                case "--out": output = value; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --organisations N, --needs N, --seed S, --out FILE.");
                    return 2;
            }
        }
        
        var dataset = DemoDatasetGenerator.Generate(PooleReference.Load(PooleReference.DefaultPath), options);
        var problems = DatasetValidator.Validate(dataset);
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("The generated dataset is invalid:\n" + string.Join('\n', problems.Take(20)));
            return 1;
        }
        
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, DatasetJson.Write(dataset));
        Console.WriteLine($"Wrote {output}: {dataset.Organisations.Count} organisations, {dataset.IdentifiedNeeds.Count} identified needs.");
        return 0;
    }
}
