using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Consortia.Records;

public sealed class ConsortiumType : DirectoryObjectGraphType<Consortium>
{
    public ConsortiumType()
    {
        Name = "Consortium";
        Description = "Organisations that manage a children's centre, or deliver or add to its services, together: FORMING → PROPOSED → ACTIVE → DISSOLVED. Never deleted.";
        this.AsNode(c => c.Id);
        Field(c => c.Version).Description("Raised by one on every change: pass it back with a lifecycle step (optimistic concurrency).");
        Field(c => c.Name).Description("Its name.");
        Field(c => c.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumKind>>)).Description("COMMUNITY (small local groups) or LEAD_PARTNER (a larger lead with partners).");
        Field(c => c.Purpose, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumPurpose>>)).Description("What it is for.");
        Field(c => c.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ConsortiumStatus>>)).Description("Where it stands.");
        Field<NonNullGraphType<ChildrensCentreType>>("centre")
            .Description("The children's centre it is for.")
            .Reads(nameof(Consortium.CentreId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById.Load(ctx.Source.CentreId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumMemberType>>>>("members")
            .Description("Everyone invited, the lead first, then in the order invited; `invitation` says who is a member now (ACCEPTED).")
            .ReadsKeyOnly()
            .Resolve(ctx => RelationField<ConsortiumMembership>.Of(ctx, services => services.GetRequiredService<ConsortiumLoaders>().MembersOf).Load(ctx.Source.Id));
        Field(c => c.FormedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("When it was created, FORMING (UTC).");
        Field(c => c.ProposedAt, type: typeof(DateTimeGraphType)).Description("When the lead submitted it (UTC); null until then.");
        Field(c => c.ActivatedAt, type: typeof(DateTimeGraphType)).Description("When CVS staff activated it (UTC); null until then.");
        Field(c => c.DissolvedAt, type: typeof(DateTimeGraphType)).Description("When it was dissolved (UTC); null until then.");
    }
}
