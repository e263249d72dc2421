using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Caching;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Caching;

/// <summary>
/// Documents built from the directory follow its data: a write gives them a new ETag at once, on every instance, and
/// instances on one database (a SQLite file, or PostgreSQL) agree on the tag of the same data (here through the map layers, the first such documents).
/// </summary>
public sealed class RevalidatedDocumentsTests : IDisposable
{
    private const string Rename = "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { userErrors { code } } }";

    private readonly DirectoryApiFactory _first = new();
    private readonly Lazy<DirectoryApiFactory> _second;

    public RevalidatedDocumentsTests()
    {
        _second = new(_first.AnotherInstance);
    }

    [Fact]
    public async Task After_a_write_that_changes_a_layer_its_next_GET_answers_200_with_the_change_and_a_new_ETag()
    {
        var client = _first.CreateClient();
        var before = await client.GetAsync("/geo/organisations.geojson");

        await RenameAsync(_first, 21, "Renamed to prove the layer follows its data");
        var after = await GetAsync(client, before.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Renamed to prove the layer follows its data", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_instances_on_one_database_give_the_same_ETag_and_each_answers_the_others_with_304()
    {
        var fromFirst = await _first.CreateClient().GetAsync("/geo/organisations.geojson");
        var fromSecond = await _second.Value.CreateClient().GetAsync("/geo/organisations.geojson");

        var revalidated = await GetAsync(_second.Value.CreateClient(), fromFirst.Headers.ETag!);

        Assert.Equal(fromFirst.Headers.ETag, fromSecond.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task A_write_through_one_instance_gives_the_other_instances_layer_a_new_ETag_at_once()
    {
        var second = _second.Value.CreateClient();
        var before = await second.GetAsync("/geo/organisations.geojson");

        await RenameAsync(_first, 22, "Renamed through the first instance");
        var after = await GetAsync(second, before.Headers.ETag!);
        var fromFirst = await _first.CreateClient().GetAsync("/geo/organisations.geojson");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Renamed through the first instance", await after.Content.ReadAsStringAsync());
        Assert.Equal(fromFirst.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Two_databases_at_the_same_data_version_but_with_different_data_never_share_an_ETag()
    {
        // Seeded alike and edited once each, so both stand at the same data version (and the same counts, highest keys
        // and latest audit id, which the fingerprint of before compared): only the epoch each database drew tells them apart.
        using var other = new DirectoryApiFactory();
        await RenameAsync(_first, 23, "Renamed in the first directory");
        await RenameAsync(other, 23, "Renamed in the other directory");
        var fromFirst = await _first.CreateClient().GetAsync("/geo/organisations.geojson");

        var fromOther = await GetAsync(other.CreateClient(), fromFirst.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        Assert.Contains("Renamed in the other directory", await fromOther.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task After_a_write_the_mapLayer_field_answers_with_the_change_on_its_next_request()
    {
        var client = _first.CreateClient();
        Assert.DoesNotContain("Renamed for the GraphQL layer", await LayerFieldAsync(client));

        await RenameAsync(_first, 24, "Renamed for the GraphQL layer");

        Assert.Contains("Renamed for the GraphQL layer", await LayerFieldAsync(client));
    }

    [Fact]
    public async Task After_a_write_through_one_instance_the_mapLayer_field_of_another_answers_with_the_change()
    {
        var second = _second.Value.CreateClient();
        Assert.DoesNotContain("Renamed for the layer of the second instance", await LayerFieldAsync(second));

        await RenameAsync(_first, 25, "Renamed for the layer of the second instance");

        Assert.Contains("Renamed for the layer of the second instance", await LayerFieldAsync(second));
    }

    [Fact]
    public async Task A_document_larger_than_the_response_buffer_is_sent_whole_in_slices_with_its_length()
    {
        // The demo's documents fit one slice; this one (built by the test, served by the instance's own RevalidatedDocuments
        // on its own database) takes four.
        var document = Enumerable.Range(0, 200_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        await using var scope = _first.Services.CreateAsyncScope();
        var body = new RecordingStream();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = body;

        await scope.ServiceProvider.GetRequiredService<RevalidatedDocuments>().WriteAsync(
            http, "test/large", "application/json", (_, _) => Task.FromResult(document));

        Assert.Equal(200_000, http.Response.ContentLength);
        Assert.Equal(document, body.ToArray());
        Assert.Equal([65_536, 65_536, 65_536, 3_392], body.Writes);
    }

    public void Dispose()
    {
        if (_second.IsValueCreated)
        {
            _second.Value.Dispose();
        }

        _first.Dispose();
    }

    private static async Task RenameAsync(DirectoryApiFactory factory, int organisation, string name)
    {
        var version = (await OrganisationState.ReadAsync(factory, organisation))["version"]!.GetValue<int>();
        var data = await factory.CreateClient().WithToken(TestTokens.CvsStaff()).QueryDataAsync(
            Rename, new { input = new { id = OrganisationState.Id(organisation), version, name } });
        Assert.Empty(data["updateOrganisationProfile"]!["userErrors"]!.AsArray());
    }

    private static async Task<string> LayerFieldAsync(HttpClient client) =>
        (await client.QueryDataAsync("{ mapLayer(layer: ORGANISATIONS) }"))["mapLayer"]!.ToJsonString();

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/geo/organisations.geojson");
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    /// <summary>A response body that keeps what it is given and the size of each write.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
