using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Progress;
using VcsDirectory.Api.Outcomes.Specifications;

namespace VcsDirectory.Api.Outcomes;

/// <summary>A centre's service specification and its participation opportunities: added to the centre's type by the Outcomes feature.</summary>
public static class CentreOutcomeFields
{
    public static void AddOutcomeFields(this ChildrensCentreType type)
    {
        type.Field<ServiceSpecificationType>("specification")
            .Description("The service specification in force: the latest whose period started by `on` (the last one, once it has ended); null when none has.")
            .Argument<DateOnlyGraphType>("on", "The day to look at; omitted: today.")
            .ReadsKeyOnly()
            .ResolveAsync(async ctx =>
            {
                var progress = ctx.RequestServices!.GetRequiredService<OutcomeProgress>();
                return await progress.InForceAsync(ctx.Source.Id, ctx.GetArgument<DateOnly?>("on") ?? progress.Today, ctx.CancellationToken);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationOpportunityType>>>>("participationOpportunities")
            .Description("Ways to take part in the centre or its services, open first. Everyone sees the open ones; the centre's manager and CVS staff see the closed ones too.")
            .ReadsKeyOnly()
            .Resolve(ctx =>
            {
                var all = ctx.RequestServices!.GetRequiredService<OutcomeLoaders>().OpportunitiesOf.Load(ctx.Source.Id);
                var manages = AccessPolicy.MayManageCentre(DirectoryCaller.From(ctx.User), ctx.Source.Id);
                return all.Then(list => (IReadOnlyList<ParticipationOpportunity>)list.Where(o => o.IsOpen || manages).ToList());
            });
    }
}
