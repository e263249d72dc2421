using GraphQL.Types;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class MentoringExclusionType : ObjectGraphType<PairingExclusion>
{
    public MentoringExclusionType()
    {
        Name = "MentoringExclusion";
        Description = "Two organisations never paired for mentoring, whichever would mentor the other.";
        Field<NonNullGraphType<OrganisationType>>("organisation")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.FirstOrganisationId));
        Field<NonNullGraphType<OrganisationType>>("otherOrganisation")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.SecondOrganisationId));
        Field(e => e.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
