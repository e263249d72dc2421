using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Values;

namespace VcsDirectory.Api.Outcomes;

public sealed class OutcomeLoaders(DirectoryDbContext db)
{
    public BatchLoader<int, ServiceSpecification?> SpecificationById { get; } = Loaders.ById(ids => db.ServiceSpecifications.Where(s => ids.Contains(s.Id)), s => s.Id);

    public BatchLoader<int, IndicatorValue?> ValueById { get; } = Loaders.ById(ids => db.IndicatorValues.Where(v => ids.Contains(v.Id)), v => v.Id);

    public BatchLoader<int, ParticipationOpportunity?> OpportunityById { get; } = Loaders.ById(ids => db.ParticipationOpportunities.Where(o => ids.Contains(o.Id)), o => o.Id);

    /// <summary>Every opportunity of each centre, open first, then by id.</summary>
    public BatchLoader<int, IReadOnlyList<ParticipationOpportunity>> OpportunitiesOf { get; } = Loaders.ManyByParent(ids =>
        from o in db.ParticipationOpportunities
        where ids.Contains(o.CentreId)
        orderby o.IsOpen descending, o.Id
        select new ParentChild<ParticipationOpportunity> { ParentId = o.CentreId, Child = o });
}
