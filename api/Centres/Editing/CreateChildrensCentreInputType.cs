using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Centres.Editing;

public sealed class CreateChildrensCentreInputType : TypedInputGraphType<ChildrensCentreChanges>
{
    public CreateChildrensCentreInputType()
    {
        Name = "CreateChildrensCentreInput";
        Description = "A new children's centre.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique; at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("status2013").Description("Its status, as worded by the council.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where its facts come from.");
        Field<StringGraphType>("ward").Description("The code of the ward it stands in.");
        Field<BooleanGraphType>("wardIsInferred").Description("True when the ward is inferred rather than recorded.");
        Field<LocationInputType>("location").Description("Where it is; null when unknown.");
        Field<EnumerationGraphType<LocationPrecision>>("locationPrecision").Description("Default: EXACT with a location, UNKNOWN without.");
        Field<IntGraphType>("volunteerCount").Description("Community volunteers in the centre, 0 or more.");
        Field<IntGraphType>("parentRepresentativeCount").Description("Parents taking part in its decisions, 0 or more.");
        Field<BooleanGraphType>("hasAdvisoryBoard").Description("Whether it has an advisory board.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("reachWards").Description("Codes of the wards it reaches.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("Service category codes it offers.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
        Field<BooleanGraphType>("operationalFiguresAreSynthetic").Description("True when its figures are demo values. Default false.");
    }
}
