using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumOptionsInputType : TypedInputGraphType<ConsortiumOptionsInput>
{
    public ConsortiumOptionsInputType()
    {
        Name = "ConsortiumOptionsInput";
        Description = "Which centre and kind of consortium to build, and how far an organisation may be and still count as local.";
        Field<NonNullGraphType<IdGraphType>>("centreId").Description("The children's centre.");
        Field<NonNullGraphType<EnumerationGraphType<ConsortiumKind>>>("kind").Description("COMMUNITY or LEAD_PARTNER: they differ in who may lead and who may join.");
        Field<EnumerationGraphType<ConsortiumPurpose>>("purpose").Description("What it would be for; the same rules apply to every purpose, and createConsortium records it.");
        Field<FloatGraphType>("radiusKm").Description($"Where both have a location, an organisation within this many km of the centre is local (default {ConsortiumRequest.DefaultRadiusKm}, at most {ConsortiumQueryLimits.MaxRadiusKm}).");
        Field<IntGraphType>("first").Description($"How many ranked alternatives (default 3, 1 to {ConsortiumQueryLimits.MaxAlternatives}).");
    }
}
