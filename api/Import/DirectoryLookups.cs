using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Import;

/// <summary>
/// The entities records refer to by code, key or name, from one DbContext (the new ones being imported); organisations,
/// the many, by their stored id, so an import can let go of each chunk of them once it is saved.
/// </summary>
public sealed record DirectoryLookups(
    IReadOnlyDictionary<string, Ward> Wards,
    IReadOnlyDictionary<string, ServiceCategory> ServiceCategories,
    IReadOnlyDictionary<string, CapacityArea> CapacityAreas)
{
    public IReadOnlyDictionary<string, int> Organisations { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, ChildrensCentre> ChildrensCentres { get; init; } = new Dictionary<string, ChildrensCentre>();

    /// <summary>No entities: records mapped with it carry no relations (to check their own fields).</summary>
    public static DirectoryLookups Empty { get; } = new(new Dictionary<string, Ward>(), new Dictionary<string, ServiceCategory>(), new Dictionary<string, CapacityArea>());

    /// <summary>The key an organisation has in records ("org-12"): an import's own key, or its id once stored.</summary>
    public static string OrganisationKey(int id) => $"org-{id}";
}
