using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumObjectiveType : DirectoryObjectGraphType<ConsortiumObjective>
{
    public ConsortiumObjectiveType()
    {
        Name = "ConsortiumObjective";
        Description = "The builder's objective, compared in this order: more required categories covered, then fewer members (lead included), then more (member, reach ward served) pairs.";
        Field(o => o.CoveredCategories).Description("Required categories some member delivers (summed over centres in a borough plan).");
        Field(o => o.Members).Description("Members, lead included.");
        Field(o => o.WardPairs).Description("(member, reach ward served) pairs: the most local consortium has the most.");
    }
}
