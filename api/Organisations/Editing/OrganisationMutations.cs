using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations.Editing;

public static class OrganisationMutations
{
    private const string Coordinators = "a coordinator of the organisation, or CVS staff";

    public static void AddOrganisationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateOrganisationInputType, OrganisationType, Organisation>(
            "createOrganisation", "Adds an organisation to the directory.", "CVS staff",
            (ctx, caller, input) =>
            {
                var record = OrganisationInputs.NewRecord(input);
                return Editor(ctx).CreateAsync(OrganisationEditing.Kind, caller, record, new Organisation { Name = record.Name }, "createOrganisation", ctx.CancellationToken);
            });
        Edit<UpdateOrganisationProfileInputType>(mutation, "updateOrganisationProfile", "Changes an organisation's profile.", OrganisationInputs.Profile);
        Edit<SetOrganisationCapacitiesInputType>(mutation, "setOrganisationCapacities", "Replaces an organisation's capacities.",
            (record, input) => record with { Capacities = input.Objects("capacities").Select(c => new CapacityRecord(c.Value<string>("area"), c.Value<int>("strength"), c.Optional<string?>("note", null))).ToList() });
        Edit<SetOrganisationNeedsInputType>(mutation, "setOrganisationNeeds", "Replaces an organisation's needs.",
            (record, input) => record with { Needs = input.Objects("needs").Select(n => new NeedRecord(n.Value<string>("area"), n.Value<int>("priority"), n.Optional<string?>("note", null))).ToList() });
        Edit<SetOrganisationWillingnessInputType>(mutation, "setOrganisationWillingness", "Sets what an organisation is willing to do.",
            (record, input) => record with { Willingness = OrganisationInputs.Willingness(input.Value<IDictionary<string, object?>>("willingness")) });
        Edit<SetOrganisationWardsAndServicesInputType>(mutation, "setOrganisationWardsAndServices", "Replaces the wards an organisation serves and the services it delivers.",
            (record, input) => record with { Wards = input.Strings("wards"), Services = input.Strings("services") });
        mutation.Mutation<ArchiveOrganisationInputType, OrganisationType, Organisation>(
            "archiveOrganisation", "Archives an organisation: it leaves the lists, nothing is deleted.", Coordinators,
            (ctx, caller, input) => ArchiveAsync(ctx, caller, input));
    }

    private static void Edit<TInputType>(ObjectGraphType mutation, string name, string description, Func<OrganisationRecord, IDictionary<string, object?>, OrganisationRecord> change)
        where TInputType : IInputObjectGraphType =>
        mutation.Mutation<TInputType, OrganisationType, Organisation>(name, description, Coordinators,
            (ctx, caller, input) => Editor(ctx).EditAsync(OrganisationEditing.Kind, caller, input, name, record => change(record, input), ctx.CancellationToken));

    private static Task<Payload<Organisation>> ArchiveAsync(IResolveFieldContext context, DirectoryCaller caller, IDictionary<string, object?> input)
    {
        var reason = input.Value<string>("reason");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Task.FromResult(Payload<Organisation>.Refused("input.reason", ProblemCodes.Required, "Give a reason of 1 to 500 characters."));
        }

        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return Editor(context).EditAsync(OrganisationEditing.Kind, caller, input, "archiveOrganisation", record => record, context.CancellationToken,
            organisation => (organisation.ArchivedAt, organisation.ArchiveReason) = (now, reason));
    }

    private static RecordEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEditor>();
}
