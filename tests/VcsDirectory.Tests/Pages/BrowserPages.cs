namespace VcsDirectory.Tests.Pages;

/// <summary>The pages' browser tests share one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserPages : ICollectionFixture<BrowserPagesFixture>
{
    public const string Name = "Browser pages (Chromium)";
}
