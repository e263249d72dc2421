using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public static class ServiceMutations
{
    public static void AddServiceMutations(this ObjectGraphType mutation)
    {
        var kind = ServiceEditing.Kind;
        mutation.CreateMutation<CreateServiceInputType, ServiceChanges, ServiceType, Service>(
            "Adds a service an organisation delivers.", ServiceEditing.Who, kind, ServiceEdits.Create, () => new Service { Name = "" });
        mutation.EditMutation<UpdateServiceInputType, ServiceChanges, ServiceType, Service>(
            "Changes a service.", ServiceEditing.Who, kind, ServiceEdits.Update);
        mutation.EditMutation<DeliverServiceAtCentreInputType, DeliverServiceAtCentreInput, ServiceType, Service>(
            "Starts (or, with delivered: false, stops) delivering a service at a children's centre.", ServiceEditing.Who, kind, ServiceEdits.DeliverAtCentre);
        mutation.EditMutation<WithdrawServiceInputType, WithdrawServiceInput, ServiceType, Service>(
            "Withdraws a service: it stays, INACTIVE, with its history.", ServiceEditing.Who, kind, ServiceEdits.Withdraw);
    }
}
