using VcsDirectory.Api.Services;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Services;

[Collection(SeededApi.Name)]
public sealed class ServiceReadTests(DirectoryApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_centre_lists_the_services_delivered_there_with_their_providers()
    {
        var data = await _client.QueryDataAsync("{ childrensCentres(first: 20) { nodes { name services(first: 100) { nodes { name provider { name } } } } } }");

        foreach (var centre in data["childrensCentres"]!["nodes"]!.AsArray())
        {
            var name = centre!["name"]!.GetValue<string>();
            var expected = TestDataset.Poole.Services.Where(s => s.Centres.Contains(name))
                .Select(s => (s.Name, Provider: TestDataset.Poole.Organisations.Single(o => o.Key == s.Provider).Name)).OrderBy(s => s.Name, StringComparer.Ordinal);
            var actual = centre["services"]!["nodes"]!.AsArray().Select(s => (s!["name"]!.GetValue<string>(), s["provider"]!["name"]!.GetValue<string>()));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task A_centres_uncovered_categories_are_its_required_ones_that_no_active_service_there_covers()
    {
        var data = await _client.QueryDataAsync("{ childrensCentres(first: 20) { nodes { name uncoveredCategories { code } } } }");

        foreach (var centre in data["childrensCentres"]!["nodes"]!.AsArray())
        {
            var record = TestDataset.Poole.ChildrensCentres.Single(c => c.Name == centre!["name"]!.GetValue<string>());
            var covered = TestDataset.Poole.Services.Where(s => s.Status == ServiceStatus.Active && s.Centres.Contains(record.Name)).Select(s => s.Category).ToHashSet();
            Assert.Equal(record.Services.Where(c => !covered.Contains(c)).Order(), centre!["uncoveredCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order());
        }
    }

    [Fact]
    public async Task An_organisations_services_are_its_service_records_and_its_categories_stay_apart()
    {
        var data = await _client.QueryDataAsync("""{ organisation(id: "T3JnYW5pc2F0aW9uOjE=") { services(first: 50) { nodes { name category { code } isSynthetic } } serviceCategories { nodes { code } } } }""");

        var first = TestDataset.Poole.Organisations[0];
        var organisation = data["organisation"]!;
        Assert.Equal(TestDataset.Poole.Services.Where(s => s.Provider == first.Key).Select(s => s.Name).Order(StringComparer.Ordinal), organisation["services"]!["nodes"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.All(organisation["services"]!["nodes"]!.AsArray(), s => Assert.True(s!["isSynthetic"]!.GetValue<bool>()));
        Assert.Equal(first.Services, organisation["serviceCategories"]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Services_narrow_by_age_opening_day_and_hour_and_centre()
    {
        var centres = (await _client.QueryDataAsync("{ childrensCentres(first: 20) { nodes { id name } } }"))["childrensCentres"]!["nodes"]!.AsArray();
        var centre = centres.Select(c => (Name: c!["name"]!.GetValue<string>(), Id: c["id"]!.GetValue<string>())).First(c => TestDataset.Poole.Services.Any(s => s.Centres.Contains(c.Name)));
        var data = await _client.QueryDataAsync(
            "query($centre: ID!) { age: services(first: 100, ageMonths: 30) { totalCount } open: services(first: 100, openOn: { day: TUESDAY, at: \"10:30:00\" }) { totalCount } at: services(first: 100, deliveredAt: $centre) { totalCount } }",
            new { centre = centre.Id });

        var all = TestDataset.Poole.Services;
        Assert.Equal(all.Count(s => (s.MinimumAgeMonths ?? 0) <= 30 && (s.MaximumAgeMonths ?? int.MaxValue) >= 30), data["age"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all.Count(s => s.Schedule.Any(x => x.Day == DayOfWeek.Tuesday && x.OpensAt <= new TimeOnly(10, 30) && x.ClosesAt > new TimeOnly(10, 30))), data["open"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all.Count(s => s.Centres.Contains(centre.Name)), data["at"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_service_is_a_node_with_its_schedule_and_public_contact()
    {
        var data = await _client.QueryDataAsync("""{ node(id: "U2VydmljZTox") { ... on Service { name schedule { day opensAt closesAt } contactEmail deliveryModes } } }""");

        var record = TestDataset.Poole.Services[0];
        Assert.Equal(record.Name, data["node"]!["name"]!.GetValue<string>());
        Assert.Equal(record.Schedule.Count, data["node"]!["schedule"]!.AsArray().Count);
        Assert.Equal(record.ContactEmail, data["node"]!["contactEmail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Services_near_a_point_are_those_delivered_at_a_centre_within_it_or_at_none_by_a_provider_within_it()
    {
        var data = await _client.QueryDataAsync("{ services(first: 100, near: { lat: 50.72, lon: -1.95, withinKm: 2 }) { totalCount } }");

        var set = TestDataset.Poole;
        var atCentre = set.Services.Count(s => s.Centres.Any(name => set.ChildrensCentres.Single(c => c.Name == name) is { Latitude: { } lat, Longitude: { } lon } && Km(lat, lon) <= 2));
        var byProvider = set.Services.Count(s => s.Centres.Count == 0 && set.Organisations.Single(o => o.Key == s.Provider) is { Latitude: { } lat, Longitude: { } lon } && Km(lat, lon) <= 2);
        Assert.True(atCentre > 0 && byProvider > 0, "the circle should hold services of both kinds");
        Assert.Equal(atCentre + byProvider, data["services"]!["totalCount"]!.GetValue<int>());
    }

    // Great-circle distance from the test's point (the API approximates it; no service here lies within 40 m of the edge).
    private static double Km(double lat, double lon)
    {
        double p1 = 50.72 * Math.PI / 180, p2 = lat * Math.PI / 180, dl = (lon + 1.95) * Math.PI / 180;
        var h = Math.Pow(Math.Sin((p2 - p1) / 2), 2) + (Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin(dl / 2), 2));
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(h));
    }
}
