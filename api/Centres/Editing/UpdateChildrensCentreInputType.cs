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
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name");
        Field<StringGraphType>("status2013");
        Field<StringGraphType>("source");
        Field<StringGraphType>("ward").Description("The code of the ward it stands in.");
        Field<BooleanGraphType>("wardIsInferred").Description("True when the ward is inferred rather than recorded.");
        Field<LocationInputType>("location").Description("Where it is; null when unknown.");
        Field<EnumerationGraphType<LocationPrecision>>("locationPrecision").Description("Default: EXACT with a location, UNKNOWN without.");
        Field<IntGraphType>("volunteerCount");
        Field<IntGraphType>("parentRepresentativeCount");
        Field<BooleanGraphType>("hasAdvisoryBoard");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("reachWards").Description("Codes of the wards it reaches.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("Service category codes it offers.");
        Field<BooleanGraphType>("operationalFiguresAreSynthetic");
    }
}
