using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

public static class ParticipationOpportunityEdits
{
    public static RecordEdit<ParticipationOpportunity, ParticipationOpportunityChanges> Create { get; } = new()
    {
        Action = "createParticipationOpportunity",
        Authorise = (caller, input) => AccessPolicy.DemandManageCentre(caller, GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId ?? "", "input.centreId")),
        Apply = async (scope, o, input) =>
        {
            o.CentreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId ?? "", "input.centreId");
            if (!await scope.Db.ChildrensCentres.AnyAsync(c => c.Id == o.CentreId, scope.CancellationToken))
            {
                scope.Problems.Add("input.centreId", ProblemCodes.UnknownReference, "No children's centre has this id.");
                return;
            }

            await ApplyAsync(scope, o, input);
        },
    };

    public static RecordEdit<ParticipationOpportunity, ParticipationOpportunityChanges> Update { get; } = new()
    {
        Action = "updateParticipationOpportunity",
        AuthoriseLoaded = (caller, o) => AccessPolicy.DemandManageCentre(caller, o.CentreId),
        Apply = ApplyAsync,
    };

    private static async Task ApplyAsync(EditScope scope, ParticipationOpportunity o, ParticipationOpportunityChanges input)
    {
        (o.Kind, o.Description) = (input.Kind.Or(o.Kind) ?? o.Kind, input.Description.Or(o.Description) ?? "");
        (o.Places, o.PlacesFilled) = (input.Places.Or(o.Places) ?? 0, input.PlacesFilled.Or(o.PlacesFilled) ?? 0);
        (o.HowToTakePart, o.IsOpen) = (input.HowToTakePart.Or(o.HowToTakePart) ?? "", input.IsOpen.Or(o.IsOpen) ?? true);
        o.IsSynthetic = input.IsSynthetic.Or(o.IsSynthetic) ?? false;
        if (input.ServiceId.IsSet)
        {
            o.ServiceId = input.ServiceId.Value is { } serviceId ? GlobalId.DecodeFor<ServiceType>(serviceId, "input.serviceId") : null;
            var centreId = o.CentreId;
            if (o.ServiceId is { } id && !await scope.Db.Services.AnyAsync(s => s.Id == id && s.Centres.Any(c => c.Id == centreId), scope.CancellationToken))
            {
                scope.Problems.Add("input.serviceId", ProblemCodes.UnknownReference, "No service with this id is delivered at the centre.");
            }
        }

        o.ModifiedAt = scope.Now;
    }
}
