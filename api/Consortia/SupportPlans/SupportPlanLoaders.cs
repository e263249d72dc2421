using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>The request's loaders for support plans and readiness: one query per relation per level.</summary>
public sealed class SupportPlanLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, SupportPlan?> ById { get; } = Loaders.ById(ids => db.SupportPlans.Where(p => ids.Contains(p.Id)), p => p.Id);

    public Relation<SupportStep> StepsOf { get; } = new(ids =>
        from p in db.SupportPlans
        where ids.Contains(p.Id)
        from s in p.Steps
        select new ParentChild<SupportStep> { ParentId = p.Id, Child = s },
        pairs => pairs.OrderBy(p => p.Child.DueDate).ThenBy(p => p.Child.Area));

    public Relation<SupportPlan> OfOrganisation { get; } = new(ids =>
        from p in db.SupportPlans
        where ids.Contains(p.OrganisationId)
        select new ParentChild<SupportPlan> { ParentId = p.OrganisationId, Child = p },
        pairs => pairs.OrderByDescending(p => p.Child.Id));

    /// <summary>Each organisation's strengths by capacity area code.</summary>
    public BatchLoader<int, IReadOnlyDictionary<string, int>> StrengthsOf { get; } = new(
        async (ids, cancellationToken) => (await db.OrganisationCapacities.Where(c => ids.Contains(c.OrganisationId))
                .Select(c => new { c.OrganisationId, c.CapacityArea.Code, c.Strength }).ToListAsync(cancellationToken))
            .GroupBy(c => c.OrganisationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(c => c.Code, c => c.Strength)),
        missing: new Dictionary<string, int>());
}
