using GraphQL.Types;
using VcsDirectory.Api.Engagement.Proposals;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;

namespace VcsDirectory.Api.Engagement;

public sealed class ProgrammeThemeType : DirectoryObjectGraphType<ProgrammeTheme>
{
    public ProgrammeThemeType()
    {
        Name = "ProgrammeTheme";
        Description = "One of the four themes that emerged from the engagement events, with the partners' proposals under it (from the report).";
        this.AsNode(t => t.Id);
        Field(t => t.Name).Description("The theme, as the programme named it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("proposals")
            .Description("The proposals partners made under this theme.")
            .Reads(nameof(ProgrammeTheme.Proposals))
            .Resolve(ctx => ctx.Source.Proposals);
        Field(t => t.Source).Description("Where the theme and its proposals are recorded.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalType>>>>("trackedProposals")
            .Description("The same proposals as records, in the report's order: status, owner organisation, next step and indicators.")
            .ReadsKeyOnly()
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<EngagementLoaders>().ProposalsOf.Load(ctx.Source.Id));
    }
}
