namespace VcsDirectory.Tests.Infrastructure;

/// <summary>One seeded server shared by the read-only tests: they never write, so sharing is safe and fast.</summary>
[CollectionDefinition(Name)]
public sealed class SeededApi : ICollectionFixture<DirectoryApiFactory>
{
    public const string Name = "Seeded API (read-only)";
}
