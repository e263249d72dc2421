using Bogus;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Seed;

/// <summary>
/// Builds the Poole demo dataset: real wards, centres and engagement events from the reference file,
/// synthetic organisations, centre figures, clusters and needs from a seeded Bogus faker.
/// </summary>
public static class DemoDatasetGenerator
{
    public static DirectoryDataset Generate(PooleReference reference, GeneratorOptions options)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(options.Seed) };
        var wards = reference.Wards.Items
            .Select(w => new WardRecord(WardCode(w.Name), w.Name, w.Lat, w.Lon, CentroidIsApproximate: true, reference.Wards.Source))
            .ToList();

        var organisationGenerator = new OrganisationGenerator(faker, wards);
        var organisations = Enumerable.Range(0, options.Organisations).Select(organisationGenerator.Next).ToList();
        var places = new PlaceGenerator(faker, wards);
        // Two synthetic large organisations run a centre each in the demo, so the operator relation has data.
        var operators = organisations.Where(o => SizeBands.FromAnnualIncome(o.AnnualIncome) >= SizeBand.Large).Take(2).Select(o => o.Key).ToList();
        var centres = places.Centres(reference.ChildrensCentres, operators);
        var (clusters, needs) = places.Needs(options, centres);
        var services = new ServiceGenerator(new Faker("en_GB") { Random = new Randomizer(options.Seed + 1) }).For(organisations, centres, clusters);

        return new DirectoryDataset
        {
            Description = "Poole demo data. Real: the 16 wards (approximate centroids), the 8 children's centres (name, 2013 status) and the " +
                          "programme's engagement events and themes, each with its source. Synthetic, flagged isSynthetic: every organisation and service, " +
                          "the centres' operational figures, the outreach clusters and the identified needs. " +
                          $"Generated with seed {options.Seed}, {options.Organisations} organisations.",
            Wards = wards,
            CapacityAreas = Taxonomy.CapacityAreas,
            ServiceCategories = Taxonomy.ServiceCategories,
            Organisations = organisations,
            ChildrensCentres = centres,
            Services = services,
            OutreachClusters = clusters,
            IdentifiedNeeds = needs,
            EngagementEvents = ProgrammeRecord.Events(reference.EngagementEvents),
            ProgrammeThemes = ProgrammeRecord.Themes(reference.EngagementEvents),
        };
    }

    public static string WardCode(string name) =>
        new string(name.ToUpperInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
