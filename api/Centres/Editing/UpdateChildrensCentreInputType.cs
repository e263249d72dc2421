using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Centres.Editing;

public sealed class UpdateChildrensCentreInputType : TypedInputGraphType<ChildrensCentreChanges>
{
    public UpdateChildrensCentreInputType()
    {
        Name = "UpdateChildrensCentreInput";
        Description = "Changes to a centre: an omitted field is left as it is; null clears an optional one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the children's centre to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name").Description("Unique; at most 200 characters; omitted: unchanged.");
        Field<StringGraphType>("status2013").Description("Its status in the 2013 consultation, as worded there; omitted: unchanged.");
        Field<StringGraphType>("source").Description("Where its facts come from; omitted: unchanged.");
        Field<StringGraphType>("ward").Description("The code of the ward it stands in.");
        Field<BooleanGraphType>("wardIsInferred").Description("True when the ward is inferred rather than recorded.");
        Field<LocationInputType>("location").Description("Where it is; null when unknown.");
        Field<EnumerationGraphType<LocationPrecision>>("locationPrecision").Description("Default: EXACT with a location, UNKNOWN without.");
        Field<IntGraphType>("volunteerCount").Description("Community volunteers, 0 or more; null clears it, omitted leaves it.");
        Field<IntGraphType>("parentRepresentativeCount").Description("Parents taking part in its decisions, 0 or more; null clears it, omitted leaves it.");
        Field<BooleanGraphType>("hasAdvisoryBoard").Description("Whether it has an advisory board; null clears it, omitted leaves it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("reachWards").Description("Codes of the wards it reaches.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("Service category codes it offers.");
        Field<BooleanGraphType>("operationalFiguresAreSynthetic").Description("True when its figures are demo values; omitted: unchanged.");
    }
}
