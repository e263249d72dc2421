using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

public static class OutreachClusterMutations
{
    private const string Staff = "CVS staff";

    public static void AddOutreachClusterMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateOutreachClusterInputType, OutreachClusterType, OutreachCluster>(
            "createOutreachCluster", "Curates an outreach cluster, optionally attaching identified needs (a detected cluster's).", Staff, CreateAsync);
        mutation.Mutation<UpdateOutreachClusterInputType, OutreachClusterType, OutreachCluster>(
            "updateOutreachCluster", "Changes a curated outreach cluster.", Staff,
            async (ctx, caller, input) =>
            {
                var centres = await CentreNamesAsync(ctx);
                return await Editor(ctx).EditAsync(
                    OutreachClusterEditing.Kind, caller, input, "updateOutreachCluster", record => OutreachClusterInputs.Changed(record, input, centres), ctx.CancellationToken);
            });
    }

    private static async Task<Payload<OutreachCluster>> CreateAsync(IResolveFieldContext ctx, DirectoryCaller caller, IDictionary<string, object?> input)
    {
        AccessPolicy.DemandStaff(caller);
        var db = ctx.RequestServices!.GetRequiredService<DirectoryDbContext>();
        var needIds = input.Strings("needIds").Select((id, i) => GlobalId.DecodeFor<IdentifiedNeedType>(id, $"input.needIds[{i}]")).ToList();
        var needs = await db.IdentifiedNeeds.AsTracking().Where(n => needIds.Contains(n.Id)).ToListAsync(ctx.CancellationToken);
        var missing = needIds.Select((id, i) => (id, i)).Where(x => needs.All(n => n.Id != x.id)).ToList();
        if (missing.Count > 0)
        {
            return Payload<OutreachCluster>.Refused(missing.Select(m => UserError.At($"input.needIds[{m.i}]", ProblemCodes.UnknownReference, "No identified need has this id.")));
        }

        var record = OutreachClusterInputs.Changed(new OutreachClusterRecord { Key = "new", Name = "" }, input, await CentreNamesAsync(ctx));
        var cluster = new OutreachCluster { Name = record.Name, Needs = needs };
        return await Editor(ctx).CreateAsync(OutreachClusterEditing.Kind, caller, record, cluster, "createOutreachCluster", ctx.CancellationToken);
    }

    private static async Task<IReadOnlyDictionary<int, string>> CentreNamesAsync(IResolveFieldContext ctx) =>
        await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().ChildrensCentres.ToDictionaryAsync(c => c.Id, c => c.Name, ctx.CancellationToken);

    private static RecordEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEditor>();
}
