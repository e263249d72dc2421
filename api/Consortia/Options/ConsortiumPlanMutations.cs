using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Options;

public static class ConsortiumPlanMutations
{
    public static void AddConsortiumPlanMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<ConsortiumPlanInputType, ConsortiumPlanInput, ConsortiumPlanCommitType, ConsortiumPlanCommit>(
            "commitConsortiumPlan",
            "Re-solves the plan for this input (the same input on the same data gives the plan consortiumPlan showed; no list of consortia is taken from the client) " +
            "and creates each of its consortia, FORMING, with the lead as member and the other members invited with the categories they cover.",
            AccessPolicy.StaffOnly,
            CommitAsync);

    private static async Task<Payload<ConsortiumPlanCommit>> CommitAsync(IResolveFieldContext context, DirectoryCaller caller, ConsortiumPlanInput input)
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<DirectoryDbContext>();
        var plan = await ConsortiumOptionQueries.PlanAsync(context, input);
        var purpose = input.Purpose ?? ConsortiumPurpose.DeliverServices;
        var open = await db.Consortia.Where(c => c.Kind == input.Kind && c.Purpose == purpose && c.Status != ConsortiumStatus.Dissolved)
            .Select(c => c.CentreId).ToListAsync(context.CancellationToken);
        var centres = (await services.GetRequiredService<ConsortiumData>().CentresAsync(context.CancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var created = plan.Consortia.Where(a => !open.Contains(a.CentreId)).Select(a => new Consortium
        {
            Name = $"{centres[a.CentreId]} {(a.Kind == ConsortiumKind.Community ? "community" : "lead-partner")} consortium",
            Kind = a.Kind, Purpose = purpose, CentreId = a.CentreId, Status = ConsortiumStatus.Forming, CreatedBy = caller.Actor, FormedAt = now,
            Members = [.. a.Members.Select(m => new ConsortiumMembership
            {
                OrganisationId = m.OrganisationId, Role = m.Role, Categories = [.. m.CoveredCategories], InvitedAt = now,
                Invitation = m.Role == ConsortiumRole.Lead ? InvitationState.Accepted : InvitationState.Invited,
                AnsweredAt = m.Role == ConsortiumRole.Lead ? now : null,
            })],
        }).ToList();
        db.AddRange(created);
        services.GetRequiredService<AuditRecorder>().Record(caller, "commitConsortiumPlan", "ConsortiumPlan", 0);
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload<ConsortiumPlanCommit>.Success(new ConsortiumPlanCommit(plan, created));
    }
}
