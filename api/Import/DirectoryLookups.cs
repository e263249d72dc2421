using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Import;

/// <summary>The entities records refer to by code, from one DbContext (tracked, or new ones being imported).</summary>
public sealed record DirectoryLookups(
    IReadOnlyDictionary<string, Ward> Wards,
    IReadOnlyDictionary<string, ServiceCategory> ServiceCategories,
    IReadOnlyDictionary<string, CapacityArea> CapacityAreas);
