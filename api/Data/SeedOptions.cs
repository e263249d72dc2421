namespace VcsDirectory.Api.Data;

/// <summary>What an empty database is filled with at start-up.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Import the demo dataset into an empty database at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The dataset file; relative paths are taken from the app's folder. Default: the Poole demo data.</summary>
    public string Dataset { get; set; } = Path.Combine("SeedData", "poole-demo.json");
}
