using Microsoft.Playwright;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.Pages;

[Collection(BrowserPages.Name)]
public sealed class GraphiQLPageTests(BrowserPagesFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task GraphiQL_opens_the_example_operations_as_tabs_and_runs_one_into_the_result_pane()
    {
        browser.Require(npmPackages: true);
        var expected = (await browser.Api.CreateClient().QueryDataAsync("{ childrensCentres { totalCount } }"))["childrensCentres"]!["totalCount"]!.GetValue<int>();
        await using var graphiql = await browser.OpenAsync("/graphql");
        var page = graphiql.Page;

        var paint = await graphiql.PaintTimesAsync();
        var tabs = await page.Locator(".graphiql-tab").AllInnerTextsAsync();
        await page.Locator(".graphiql-tab", new() { HasText = "ChildrensCentres" }).ClickAsync();
        // GraphiQL switches the editor and the operation name after the click; executing before both have followed
        // sent the previous tab's operation name with this tab's text once (INVALID_OPERATION_NAME).
        await Assertions.Expect(page.Locator(".graphiql-tab-active")).ToContainTextAsync("ChildrensCentres");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("query ChildrensCentres");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("\"childrensCentres\"");
        await graphiql.ScreenshotAsync("graphiql-result");
        await page.GetByRole(AriaRole.Button, new() { Name = "Documentation Explorer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await graphiql.ScreenshotAsync("graphiql-docs");

        output.WriteLine($"GraphiQL: first contentful paint {paint.FirstContentfulPaint:0} ms, editors shown at {paint.FirstUsefulPaint:0} ms");
        var operations = Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Select(Path.GetFileNameWithoutExtension);
        Assert.All(operations, name => Assert.Contains(tabs, tab => tab.Contains(name!, StringComparison.Ordinal)));
        Assert.Contains($"\"totalCount\": {expected}", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Authorization", await page.Locator(".graphiql-editor-tool").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(graphiql.Problems);
    }
}
