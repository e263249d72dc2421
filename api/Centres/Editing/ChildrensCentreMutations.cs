using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Centres.Editing;

public static class ChildrensCentreMutations
{
    private const string Staff = "CVS staff";

    public static void AddChildrensCentreMutations(this ObjectGraphType mutation)
    {
        var kind = ChildrensCentreEditing.Kind;
        mutation.CreateMutation<CreateChildrensCentreInputType, ChildrensCentreChanges, ChildrensCentreType, ChildrensCentre>(
            "Adds a children's centre.", Staff, kind, ChildrensCentreEdits.Create,
            () => new ChildrensCentre { Name = "", Status2013 = "", Source = "", LocationPrecision = LocationPrecision.Unknown });
        mutation.EditMutation<UpdateChildrensCentreInputType, ChildrensCentreChanges, ChildrensCentreType, ChildrensCentre>(
            "Changes a children's centre.", Staff, kind, ChildrensCentreEdits.Update);
        mutation.EditMutation<LinkCentreOperatorInputType, LinkCentreOperatorInput, ChildrensCentreType, ChildrensCentre>(
            "Says who runs a children's centre: an organisation, or the council.", Staff, kind, ChildrensCentreEdits.LinkOperator);
    }
}
