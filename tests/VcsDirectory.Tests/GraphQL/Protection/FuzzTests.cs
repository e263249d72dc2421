using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>
/// Thousands of generated and mutated requests, from a fixed seed: no 5xx, no hang, and the database
/// unchanged (they are sent anonymously, so no mutation among them can be valid).
/// </summary>
public sealed class FuzzTests(DirectoryApiFactory factory, ITestOutputHelper output) : IClassFixture<DirectoryApiFactory>
{
    private const int Requests = 3000;

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "$id", "@skip(if: true)", "@include(if: $x)", "first: -1", "first: 1000", "last: 3",
        "after: \"abc\"", "id: \"T3JnYW5pc2F0aW9uOjE=\"", "where: { name: { contains: \"a\" } }", "order: [{ name: DESC }]", "null", "1e309",
        "\"\\u0000\"", "__schema", "__typename", "fragment F on Query { ...F }", "mutation", "subscription", "query q($x: Boolean)",
        "organisations", "nodes", "edges", "node", "wards", "needs { priority }", "input: {}", "\"" + new string('z', 300) + "\"",
    ];

    [Fact]
    public async Task Generated_and_mutated_requests_never_get_a_5xx_and_change_nothing()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Select(File.ReadAllText)
            .Concat(["mutation { archiveOrganisation(input: { id: \"T3JnYW5pc2F0aW9uOjE=\", version: 1, reason: \"x\" }) { userErrors { code } } }",
                     "mutation($i: SetOrganisationNeedsInput!) { setOrganisationNeeds(input: $i) { userErrors { code } } }",
                     "query($id: ID!) { node(id: $id) { id ... on Organisation { name needs { area { code } } } } }"])
            .ToList();
        var before = await FingerprintAsync();
        var random = new Random(20261128);
        var client = factory.CreateClient();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var query = Mutate(seeds[random.Next(seeds.Count)], random);
            using var response = random.Next(5) == 0
                ? await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query))
                : await client.PostAsJsonAsync("/graphql", new { query, variables = Variables(random) });
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{status} for: {query}\n{await response.Content.ReadAsStringAsync()}");
        }

        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        Assert.Equal(before, await FingerprintAsync());
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 20), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 1:
                    text.Insert(at, " " + Fragments[random.Next(Fragments.Length)] + " ");
                    break;
                case 2 when text.Length > 10:
                    var from = random.Next(text.Length - 10);
                    text.Insert(at, text.ToString(from, random.Next(1, Math.Min(60, text.Length - from))));
                    break;
                default:
                    text.Insert(at, (char)random.Next(32, 127));
                    break;
            }
        }

        return text.ToString();
    }

    private static object? Variables(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => new { id = "T3JnYW5pc2F0aW9uOjE=", x = true },
        2 => new { id = random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), i = new { id = "x", version = "y" } },
        _ => new { x = new[] { 1, 2, 3 }, id = (string?)null },
    };

    private async Task<string> FingerprintAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        return string.Join('|',
            await db.Organisations.CountAsync(),
            await db.Organisations.SumAsync(o => o.Version),
            await db.Organisations.CountAsync(o => o.ArchivedAt != null),
            await db.OrganisationNeeds.CountAsync(),
            await db.OrganisationCapacities.CountAsync(),
            await db.AuditEntries.CountAsync());
    }
}
