using GraphQL.Types;
using VcsDirectory.Api.Centres.Editing;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Mentoring.Plans;
using VcsDirectory.Api.Organisations.Editing;
using VcsDirectory.Api.Outreach.Editing;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The root mutation only gathers the mutations each feature contributes.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddOrganisationMutations();
        this.AddChildrensCentreMutations();
        this.AddOutreachClusterMutations();
        this.AddPairingMutations();
        this.AddPlanMutations();
    }
}
