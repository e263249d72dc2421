using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Schema;

/// <summary>
/// The examples that need a signed-in caller (mutations, CVS staff's plans) sit in <c>schema/operations/signed-in</c>:
/// sent anonymously, each must pass the schema's validation and be refused only for want of a token.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class SignedInExampleOperationTests(DirectoryApiFactory factory)
{
    public static TheoryData<string> Operations =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Operations, "signed-in"), "*.graphql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_signed_in_example_is_valid_and_refused_only_for_want_of_a_token(string operation)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Operations, "signed-in", operation + ".graphql"));

        var response = await factory.CreateClient().PostGraphQLAsync(query);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes.Distinct());
    }
}
