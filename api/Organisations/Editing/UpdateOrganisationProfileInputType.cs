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
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name");
        Field<EnumerationGraphType<OrganisationKind>>("kind");
        Field<LongGraphType>("annualIncome").Description("Whole pounds; sets the size band.");
        Field<IntGraphType>("staffCount");
        Field<IntGraphType>("volunteerCount");
        Field<StringGraphType>("description");
        Field<StringGraphType>("website");
        Field<StringGraphType>("contactEmail");
        Field<StringGraphType>("contactPhone");
        Field<LocationInputType>("location");
        Field<StringGraphType>("postcodeArea");
        Field<StringGraphType>("supportNeeded");
        Field<DateOnlyGraphType>("lastReviewedOn");
    }
}
