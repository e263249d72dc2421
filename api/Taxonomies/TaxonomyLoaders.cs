using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Taxonomies;

public sealed class TaxonomyLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, CapacityArea?> CapacityAreaById { get; } =
        Loaders.ById(ids => db.CapacityAreas.Where(t => ids.Contains(t.Id)), t => t.Id);

    public BatchLoader<int, ServiceCategory?> ServiceCategoryById { get; } =
        Loaders.ById(ids => db.ServiceCategories.Where(t => ids.Contains(t.Id)), t => t.Id);
}
