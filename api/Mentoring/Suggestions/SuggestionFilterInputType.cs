using GraphQL.Types;

namespace VcsDirectory.Api.Mentoring.Suggestions;

public sealed class SuggestionFilterInputType : InputObjectGraphType
{
    public SuggestionFilterInputType()
    {
        Name = "SuggestionFilterInput";
        Description = "Narrows suggestions.";
        Field<FloatGraphType>("withinKm").Description("Only organisations at most this far away (both need a location); more than 0, at most 100.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("covering")
            .Description("Capacity area codes. Mentor suggestions: only mentors strong in every one. Mentee suggestions: only mentees needing every one.");
    }
}
