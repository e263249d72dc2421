namespace VcsDirectory.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository's root: the folder holding VcsDirectory.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Schema => Path.Combine(Root, "schema", "schema.graphql");

    public static string Operations => Path.Combine(Root, "schema", "operations");

    public static string DemoDataset => Path.Combine(Root, "seed", "data", "poole-demo.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VcsDirectory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("VcsDirectory.sln not found above the test binaries.");
    }
}
