using System.Net;
using System.Text;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Http;

[Collection(SeededApi.Name)]
public sealed class CompressionTests(DirectoryApiFactory factory)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Answers_are_compressed_for_clients_that_ask(string encoding)
    {
        using var client = factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ organisations(first: 50) { nodes { name description } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Answers_are_plain_for_clients_that_do_not_ask()
    {
        using var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
