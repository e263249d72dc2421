using VcsDirectory.Api.Geography;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Filtering;

[Collection(SeededApi.Name)]
public sealed class SortingAndLocalityTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Sorting_by_several_fields_applies_them_in_order()
    {
        var data = await _client.QueryDataAsync("{ organisations(first: 100, order: [{ sizeBand: DESC }, { name: ASC }]) { nodes { sizeBand annualIncome name } } }");
        var rows = data["organisations"]!["nodes"]!.AsArray().Select(n => (Income: n!["annualIncome"]!.GetValue<long>(), Name: n["name"]!.GetValue<string>())).ToList();
        var expected = TestDataset.Poole.Organisations
            .OrderByDescending(o => Api.Organisations.SizeBands.FromAnnualIncome(o.AnnualIncome))
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .Take(100)
            .Select(o => (o.AnnualIncome, o.Name))
            .ToList();

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Sorting_descending_by_income_puts_the_largest_first()
    {
        var data = await _client.QueryDataAsync("{ organisations(first: 3, order: [{ annualIncome: DESC }]) { nodes { annualIncome } } }");

        Assert.Equal(
            TestDataset.Poole.Organisations.Select(o => o.AnnualIncome).OrderDescending().Take(3),
            data["organisations"]!["nodes"]!.AsArray().Select(n => n!["annualIncome"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Near_keeps_the_organisations_within_the_distance_by_great_circle()
    {
        var centre = new GeoPoint(50.7385, -1.9650);
        var data = await _client.QueryDataAsync("{ organisations(first: 100, near: { lat: 50.7385, lon: -1.9650, withinKm: 1.5 }) { totalCount nodes { name } } }");
        var expected = TestDataset.Poole.Organisations
            .Where(o => o.Latitude is { } lat && centre.DistanceKmTo(new GeoPoint(lat, o.Longitude!.Value)) <= 1.5)
            .Select(o => o.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, data["organisations"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Near_leaves_out_centres_whose_location_is_unknown()
    {
        var data = await _client.QueryDataAsync("{ childrensCentres(near: { lat: 50.73, lon: -1.96, withinKm: 50 }) { totalCount } all: childrensCentres { totalCount } }");

        Assert.Equal(7, data["childrensCentres"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(8, data["all"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(91, 0, 1)]
    [InlineData(50, 0, 0)]
    [InlineData(50, 0, 1000)]
    public async Task A_circle_off_the_globe_or_of_no_size_is_refused(double lat, double lon, double withinKm)
    {
        var response = await _client.PostGraphQLAsync(
            "query($lat: Float!, $lon: Float!, $km: Float!) { organisations(near: { lat: $lat, lon: $lon, withinKm: $km }) { totalCount } }",
            new { lat, lon, km = withinKm });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Centres_filter_by_their_operator_and_reach()
    {
        var data = await _client.QueryDataAsync("""
            { run: childrensCentres(where: { operator: { sizeBand: { in: [LARGE, MAJOR] } } }) { totalCount }
              reaching: childrensCentres(where: { reachWards: { some: { code: { eq: "CREEKMOOR" } } } }) { nodes { name } } }
            """);

        Assert.Equal(TestDataset.Poole.ChildrensCentres.Count(c => c.Operator is not null), data["run"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            TestDataset.Poole.ChildrensCentres.Where(c => c.ReachWards.Contains("CREEKMOOR")).Select(c => c.Name).Order(StringComparer.Ordinal),
            data["reaching"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
