using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Mentoring.Plans;
using VcsDirectory.Api.Mentoring.Suggestions;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring;

public static class MentoringQueries
{
    public static void AddMentoringQueries(this ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<MatchSuggestionType>>>("mentorSuggestions")
            .Description("The best mentors for an organisation, ranked, each with the reasons. Only eligible pairs: willing, with a free place, larger, strong in one of its needs, never declined or broken down before, not excluded.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId", "The organisation looking for a mentor.")
            .WithSuggestionArguments()
            .ResolveAsync(async ctx => await SuggestionQueries.SuggestAsync(ctx, OrganisationId(ctx), mentors: true))
            .PricedComputation(MentoringPrices.Suggestions);
        query.Field<ListGraphType<NonNullGraphType<MatchSuggestionType>>>("menteeSuggestions")
            .Description("The organisations a willing mentor could help most, ranked, each with the reasons.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId", "The mentoring organisation.")
            .WithSuggestionArguments()
            .ResolveAsync(async ctx => await SuggestionQueries.SuggestAsync(ctx, OrganisationId(ctx), mentors: false))
            .PricedComputation(MentoringPrices.Suggestions);
        query.AddPlanQueries();
        query.AddPairingQueries();
    }

    private static int OrganisationId(IResolveFieldContext context) =>
        GlobalId.DecodeFor<OrganisationType>(context.GetArgument<string>("organisationId"), "organisationId");
}
