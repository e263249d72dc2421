using Snapshooter;
using Snapshooter.Xunit;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Schema;

/// <summary>
/// Every example operation a front-end developer starts from runs on the seeded data, and its answer is reviewed as a
/// snapshot. A mutation runs as CVS staff on a server of its own, so the shared read-only one stays as seeded.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class ExampleOperationTests(DirectoryApiFactory factory)
{
    public static TheoryData<string> Operations =>
        new(Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_example_operation_answers_as_its_snapshot(string operation)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Operations, operation + ".graphql"));

        var isMutation = query.Split('\n').SkipWhile(l => l.StartsWith('#')).First().StartsWith("mutation", StringComparison.Ordinal);
        using var own = isMutation ? new DirectoryApiFactory() : null;

        var response = await (own ?? factory).CreateClient().WithToken(isMutation ? TestTokens.CvsStaff() : null).PostGraphQLAsync(query);

        Assert.Null(response.Errors);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(response.Body.ToJsonString()), SnapshotNameExtension.Create(operation));
    }
}
