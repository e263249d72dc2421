using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Suggestions;

public sealed class MatchSuggestionType : DirectoryObjectGraphType<MatchScore>
{
    public MatchSuggestionType()
    {
        Name = "MatchSuggestion";
        Description = "A suggested mentoring pair, with the score's reasons: a coordinator should see why, not just who.";
        Field<NonNullGraphType<OrganisationType>>("mentor").Description("The organisation that would mentor.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.MentorId));
        Field<NonNullGraphType<OrganisationType>>("mentee").Description("The organisation that would be mentored.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.MenteeId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The total: the sum of the components' contributions (0 to the sum of the weights, 1 by default), to 4 decimals.").Resolve(ctx => Math.Round(ctx.Source.Total, 4));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreComponentType>>>>("components")
            .Description("The score part by part, each with its weight, contribution and a sentence.")
            .Resolve(ctx => ctx.Source.Components);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedMatchType>>>>("coveredNeeds")
            .Description("The mentee's needs the mentor is strong in (2 or more).")
            .Resolve(ctx => ctx.Source.CoveredNeeds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedMatchType>>>>("uncoveredNeeds")
            .Description("The mentee's needs the mentor has no or only weak capacity in: look elsewhere for these.")
            .Resolve(ctx => ctx.Source.UncoveredNeeds);
        Field<FloatGraphType>("distanceKm").Description("Great-circle distance between the two, to 10 m; null when either has no location.").Resolve(ctx => ctx.Source.DistanceKm is { } km ? Math.Round(km, 2) : null);
        Field<NonNullGraphType<IntGraphType>>("mentorFreePlaces").Description("The mentor's places left before this pairing.").Resolve(ctx => ctx.Source.MentorFreePlaces);
    }
}
