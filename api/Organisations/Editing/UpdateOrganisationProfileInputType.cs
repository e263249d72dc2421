using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class UpdateOrganisationProfileInputType : TypedInputGraphType<UpdateOrganisationProfileInput>
{
    public UpdateOrganisationProfileInputType()
    {
        Name = "UpdateOrganisationProfileInput";
        Description = "Changes to an organisation's profile: an omitted field is left as it is; null clears an optional one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the organisation to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name").Description("At most 200 characters; omitted: unchanged.");
        Field<EnumerationGraphType<OrganisationKind>>("kind").Description("Omitted: unchanged.");
        Field<LongGraphType>("annualIncome").Description("Whole pounds; sets the size band.");
        Field<IntGraphType>("staffCount").Description("Paid staff (headcount), 0 or more; omitted: unchanged.");
        Field<IntGraphType>("volunteerCount").Description("Active volunteers, 0 or more; omitted: unchanged.");
        Field<StringGraphType>("description").Description("What it does, in its own words; null clears it, omitted leaves it.");
        Field<StringGraphType>("website").Description("An absolute http(s) address; null clears it, omitted leaves it.");
        Field<StringGraphType>("contactEmail").Description("Personal data; null clears it, omitted leaves it.");
        Field<StringGraphType>("contactPhone").Description("Personal data; null clears it, omitted leaves it.");
        Field<LocationInputType>("location").Description("Where it is based; null clears it, omitted leaves it.");
        Field<StringGraphType>("postcodeArea").Description("The outward postcode only, e.g. BH15; null clears it, omitted leaves it.");
        Field<StringGraphType>("supportNeeded").Description("The support it would need over 18-24 months; null clears it, omitted leaves it.");
        Field<DateOnlyGraphType>("lastReviewedOn").Description("The day it last confirmed its record; null clears it, omitted leaves it.");
    }
}
