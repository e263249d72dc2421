using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Suggestions;

public sealed class ScoreComponentType : DirectoryObjectGraphType<ScoreComponent>
{
    public ScoreComponentType()
    {
        Name = "ScoreComponent";
        Description = "One part of a match score.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ScoreComponentKind>>)).Description("Which part of the score this is.");
        // Four decimals: more would only show the arithmetic's noise to a coordinator.
        Field<NonNullGraphType<FloatGraphType>>("raw").Description("The measure itself, 0 to 1.").Resolve(ctx => Math.Round(ctx.Source.Raw, 4));
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Its weight, from configuration (Mentoring:Matching).").Resolve(ctx => ctx.Source.Weight);
        Field<NonNullGraphType<FloatGraphType>>("contribution").Description("raw × weight: what it adds to the score, to 4 decimals.").Resolve(ctx => Math.Round(ctx.Source.Contribution, 4));
        Field(c => c.Explanation).Description("One sentence a coordinator can read.");
    }
}
