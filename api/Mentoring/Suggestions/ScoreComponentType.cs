using GraphQL.Types;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Suggestions;

public sealed class ScoreComponentType : ObjectGraphType<ScoreComponent>
{
    public ScoreComponentType()
    {
        Name = "ScoreComponent";
        Description = "One part of a match score.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ScoreComponentKind>>));
        Field(c => c.Raw).Description("The measure itself, 0 to 1.");
        Field(c => c.Weight).Description("Its weight, from configuration (Mentoring:Matching).");
        Field(c => c.Contribution).Description("raw × weight: what it adds to the score.");
        Field(c => c.Explanation).Description("One sentence a coordinator can read.");
    }
}
