using VcsDirectory.Api.GraphQL.Protection;
using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Mentoring.Suggestions;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring;

/// <summary>The mentoring fields the Mentoring feature adds to an organisation.</summary>
public static class OrganisationMentoringFields
{
    public static void AddMentoringFields(this OrganisationType type)
    {
        type.Field<ListGraphType<NonNullGraphType<MatchSuggestionType>>>("mentorSuggestions")
            .Description("The best mentors for this organisation, ranked, with the reasons (empty when it has no needs).")
            .WithSuggestionArguments()
            .ReadsKeyOnly()
            .ResolveAsync(async ctx => await SuggestionQueries.SuggestAsync(ctx, ctx.Source.Id, mentors: true))
            .PricedComputation(MentoringPrices.SuggestionsPerOrganisation);
        type.Field<ListGraphType<NonNullGraphType<MatchSuggestionType>>>("menteeSuggestions")
            .Description("The organisations this one could mentor best, ranked, with the reasons (empty unless it is willing to mentor).")
            .WithSuggestionArguments()
            .ReadsKeyOnly()
            .ResolveAsync(async ctx => await SuggestionQueries.SuggestAsync(ctx, ctx.Source.Id, mentors: false))
            .PricedComputation(MentoringPrices.SuggestionsPerOrganisation);
        type.RelationConnection<Organisation, MentoringPairingType, Pairing>(
            "mentoringPairings", "Its mentoring pairings as mentor or mentee, newest first.",
            services => services.GetRequiredService<PairingLoaders>().OfOrganisation, x => x.Id);
    }
}
