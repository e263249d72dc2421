using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Suggestions;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class PlannedPairingType : DirectoryObjectGraphType<PlannedPairing>
{
    public PlannedPairingType()
    {
        Name = "PlannedPairing";
        Description = "A pair in a plan, with its explained score.";
        Field<NonNullGraphType<MatchSuggestionType>>("match").Description("The pair and why.").Resolve(ctx => ctx.Source.Score);
        Field(p => p.Pinned).Description("True for a pairing already accepted or active, which the plan keeps.");
    }
}
