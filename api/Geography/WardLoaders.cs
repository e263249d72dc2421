using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Geography;

/// <summary>The request's loader for wards (the features whose records lie in wards load those relations themselves).</summary>
public sealed class WardLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, Ward?> ById { get; } = Loaders.ById(ids => db.Wards.Where(w => ids.Contains(w.Id)), w => w.Id);
}
