using VcsDirectory.Api.Import;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>The committed demo dataset, read directly: the independent source of the expected answers.</summary>
public static class TestDataset
{
    private static readonly Lazy<DirectoryDataset> Dataset = new(() => DatasetJson.ReadAsync(RepositoryPaths.DemoDataset, CancellationToken.None).GetAwaiter().GetResult());

    public static DirectoryDataset Poole => Dataset.Value;
}
