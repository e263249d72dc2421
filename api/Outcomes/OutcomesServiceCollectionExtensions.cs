using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Progress;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Values;

namespace VcsDirectory.Api.Outcomes;

public static class OutcomesServiceCollectionExtensions
{
    /// <summary>Outcomes: the framework, centres' specifications and their progress, recorded values, participation opportunities.</summary>
    public static IServiceCollection AddOutcomes(this IServiceCollection services) => services
        .AddScoped<OutcomeLoaders>()
        .AddScoped<OutcomeData>()
        .AddScoped<OutcomeProgress>()
        .AddNodeType<ServiceSpecificationType, OutcomeLoaders, ServiceSpecification>(l => l.SpecificationById)
        .AddNodeType<IndicatorValueType, OutcomeLoaders, IndicatorValue>(l => l.ValueById)
        .AddNodeType<ParticipationOpportunityType, OutcomeLoaders, ParticipationOpportunity>(l => l.OpportunityById)
        .ExtendGraphType<QueryType>(query => query.AddOutcomeQueries())
        .ExtendGraphType<MutationType>(mutation => mutation.AddOutcomeMutations())
        .ExtendGraphType<ChildrensCentreType>(centre => centre.AddOutcomeFields());
}
