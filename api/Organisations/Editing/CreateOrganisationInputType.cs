using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Organisations.Editing;

public sealed class CreateOrganisationInputType : TypedInputGraphType<CreateOrganisationInput>
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        Description = "A new organisation.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("At most 200 characters.");
        Field<NonNullGraphType<EnumerationGraphType<OrganisationKind>>>("kind").Description("Its legal or informal form.");
        Field<NonNullGraphType<LongGraphType>>("annualIncome").Description("Whole pounds; sets the size band.");
        Field<IntGraphType>("staffCount").Description("Default 0.");
        Field<IntGraphType>("volunteerCount").Description("Default 0.");
        Field<StringGraphType>("description").Description("What it does, in its own words.");
        Field<StringGraphType>("website").Description("An absolute http(s) address.");
        Field<StringGraphType>("contactEmail").Description("Personal data.");
        Field<StringGraphType>("contactPhone").Description("Personal data.");
        Field<LocationInputType>("location").Description("Where it is based; omitted when unknown.");
        Field<StringGraphType>("postcodeArea").Description("The outward postcode only, e.g. BH15.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wards").Description("Ward codes it serves.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("Service category codes it delivers.");
        Field<StringGraphType>("supportNeeded").Description("The support it would need over 18-24 months to do what it is willing to do.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
