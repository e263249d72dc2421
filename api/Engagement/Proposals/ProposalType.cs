using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outcomes.Framework;
using VcsDirectory.Api.Outcomes.Graph;

namespace VcsDirectory.Api.Engagement.Proposals;

public sealed class ProposalType : DirectoryObjectGraphType<Proposal>
{
    public ProposalType()
    {
        Name = "Proposal";
        Description = "A partners' proposal under a programme theme, in the report's wording, and how it is being taken forward.";
        this.AsNode(p => p.Id);
        Field(p => p.Version).Description("Raised by one on every change: pass it back with an update.");
        Field<NonNullGraphType<ProgrammeThemeType>>("theme").Description("The theme it comes under.").Reads(nameof(Proposal.ThemeId))
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<EngagementLoaders>().ThemeById.Load(ctx.Source.ThemeId));
        Field(p => p.Text).Description("The proposal as the report words it (real).");
        Field(p => p.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ProposalStatus>>)).Description("Where it stands.");
        Field<OrganisationType>("owner").Description("The organisation taking it forward; null until someone does.").Reads(nameof(Proposal.OwnerId))
            .Resolve(ctx => ctx.Source.OwnerId is { } id ? ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(id) : null);
        Field(p => p.NextStep, nullable: true).Description("What happens next.");
        Field(p => p.NextStepOn, type: typeof(DateOnlyGraphType)).Description("When the next step is due.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeIndicatorType>>>>("indicators")
            .Description("The outcome framework's indicators that show whether it is delivered.")
            .Reads(nameof(Proposal.IndicatorCodes))
            .Resolve(ctx => ctx.Source.IndicatorCodes.Select(PooleOutcomeFramework.Instance.Indicator).OfType<OutcomeIndicator>().ToList());
    }
}
