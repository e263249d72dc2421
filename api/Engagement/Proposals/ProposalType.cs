using GraphQL.Types;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Consortia.SupportPlans;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Loading;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumType>>>>("consortia")
            .Description("The consortia that deliver it, in the order given.")
            .Reads(nameof(Proposal.ConsortiumIds))
            .ResolveAsync(async ctx => await LoadAllAsync(ctx.RequestServices!.GetRequiredService<ConsortiumLoaders>().ById, ctx.Source.ConsortiumIds, ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportPlanType>>>>("supportPlans")
            .Description("The support plans that deliver it, in the order given.")
            .Reads(nameof(Proposal.SupportPlanIds))
            .ResolveAsync(async ctx => await LoadAllAsync(ctx.RequestServices!.GetRequiredService<SupportPlanLoaders>().ById, ctx.Source.SupportPlanIds, ctx.CancellationToken));
    }

    // Every id is queued before the first is awaited, so one query fetches them all; a record since deleted drops out.
    private static async Task<object?> LoadAllAsync<T>(BatchLoader<int, T?> loader, List<int> ids, CancellationToken ct)
        where T : class
    {
        var pending = ids.Select(loader.Load).ToList();
        var found = new List<T>();
        foreach (var result in pending)
        {
            if (await result.GetResultAsync(ct) is { } record)
            {
                found.Add(record);
            }
        }

        return found;
    }
}
