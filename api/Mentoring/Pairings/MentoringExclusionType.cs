using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class MentoringExclusionType : DirectoryObjectGraphType<PairingExclusion>
{
    public MentoringExclusionType()
    {
        Name = "MentoringExclusion";
        Description = "Two organisations never paired for mentoring, whichever would mentor the other.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation that asked for the exclusion.")
            .Reads(nameof(PairingExclusion.FirstOrganisationId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.FirstOrganisationId));
        Field<NonNullGraphType<OrganisationType>>("otherOrganisation").Description("The organisation it is never to be paired with.")
            .Reads(nameof(PairingExclusion.SecondOrganisationId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.SecondOrganisationId));
        Field(e => e.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When the exclusion was made (UTC).");
    }
}
