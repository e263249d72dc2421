using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Services.Editing;

public static class ServiceMutations
{
    public static void AddServiceMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateServiceInputType, ServiceType, Service>(
            "createService", "Adds a service an organisation delivers.", ServiceEditor.Who,
            (ctx, caller, input) => Editor(ctx).CreateAsync(caller, GlobalId.DecodeFor(input.Value<string>("providerId"), "Organisation", "input.providerId"), input, ctx.CancellationToken));
        mutation.Mutation<UpdateServiceInputType, ServiceType, Service>(
            "updateService", "Changes a service.", ServiceEditor.Who,
            (ctx, caller, input) => Edit(ctx, caller, input, "updateService", record => ServiceInputs.Changed(record, input)));
        mutation.Mutation<DeliverServiceAtCentreInputType, ServiceType, Service>(
            "deliverServiceAtCentre", "Starts (or, with delivered: false, stops) delivering a service at a children's centre.", ServiceEditor.Who,
            async (ctx, caller, input) =>
            {
                var centreId = GlobalId.DecodeFor(input.Value<string>("centreId"), "ChildrensCentre", "input.centreId");
                // A centre that does not exist becomes a name no centre has, which the rules report as an unknown reference.
                var name = await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().ChildrensCentres
                    .Where(c => c.Id == centreId).Select(c => c.Name).FirstOrDefaultAsync(ctx.CancellationToken) ?? $"#{centreId}";
                var delivered = input.Optional<bool?>("delivered", true) ?? true;
                return await Edit(ctx, caller, input, "deliverServiceAtCentre", record => record with
                {
                    Centres = delivered ? [.. record.Centres.Append(name).Distinct()] : [.. record.Centres.Where(c => c != name)],
                });
            });
        mutation.Mutation<WithdrawServiceInputType, ServiceType, Service>(
            "withdrawService", "Withdraws a service: it stays, INACTIVE, with its history.", ServiceEditor.Who,
            (ctx, caller, input) => Edit(ctx, caller, input, "withdrawService", record => record with { Status = ServiceStatus.Inactive }));
    }

    private static Task<Payload<Service>> Edit(IResolveFieldContext ctx, Access.DirectoryCaller caller, IDictionary<string, object?> input, string action, Func<Import.ServiceRecord, Import.ServiceRecord> change) =>
        Editor(ctx).EditAsync(caller, GlobalId.DecodeFor(input.Value<string>("id"), "Service", "input.id"), input.Value<int>("version"), action, change, ctx.CancellationToken);

    private static ServiceEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ServiceEditor>();
}
