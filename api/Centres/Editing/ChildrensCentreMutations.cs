using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Centres.Editing;

public static class ChildrensCentreMutations
{
    private const string Staff = "CVS staff";

    public static void AddChildrensCentreMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateChildrensCentreInputType, ChildrensCentreType, ChildrensCentre>(
            "createChildrensCentre", "Adds a children's centre.", Staff,
            (ctx, caller, input) =>
            {
                var record = ChildrensCentreInputs.NewRecord(input);
                var centre = new ChildrensCentre { Name = record.Name, Status2013 = record.Status2013, Source = record.Source };
                return Editor(ctx).CreateAsync(ChildrensCentreEditing.Kind, caller, record, centre, "createChildrensCentre", ctx.CancellationToken);
            });
        mutation.Mutation<UpdateChildrensCentreInputType, ChildrensCentreType, ChildrensCentre>(
            "updateChildrensCentre", "Changes a children's centre.", Staff,
            (ctx, caller, input) => Editor(ctx).EditAsync(
                ChildrensCentreEditing.Kind, caller, input, "updateChildrensCentre", record => ChildrensCentreInputs.Changed(record, input), ctx.CancellationToken));
        mutation.Mutation<LinkCentreOperatorInputType, ChildrensCentreType, ChildrensCentre>(
            "linkCentreOperator", "Says who runs a children's centre: an organisation, or the council.", Staff,
            (ctx, caller, input) =>
            {
                var operatorId = input.Optional<string?>("operatorId", null) is { } id ? GlobalId.DecodeFor<OrganisationType>(id, "input.operatorId") : (int?)null;
                return Editor(ctx).EditAsync(
                    ChildrensCentreEditing.Kind, caller, input, "linkCentreOperator",
                    record => record with { Operator = operatorId is { } key ? DirectoryLookups.OrganisationKey(key) : null },
                    ctx.CancellationToken);
            });
    }

    private static RecordEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEditor>();
}
