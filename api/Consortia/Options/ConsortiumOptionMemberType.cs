using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumOptionMemberType : DirectoryObjectGraphType<ConsortiumMember>
{
    public ConsortiumOptionMemberType()
    {
        Name = "ConsortiumOptionMember";
        Description = "An organisation in a proposed consortium: what it covers, why it may take part and why it was chosen.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.OrganisationId));
        Field(m => m.Role, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumRole>>)).Description("LEAD or MEMBER.");
        Field(m => m.CoveredCategories).Description("The centre's required categories it delivers (an ACTIVE service in each).");
        Field(m => m.Qualifications).Description("Why it may take part, one sentence per rule it meets.");
        Field(m => m.Choice).Description("Why the builder chose it, in one sentence.");
    }
}
