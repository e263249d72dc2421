using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outreach.Editing;

public static class OutreachClusterMutations
{
    private const string Staff = "CVS staff";

    public static void AddOutreachClusterMutations(this ObjectGraphType mutation)
    {
        mutation.CreateMutation<CreateOutreachClusterInputType, OutreachClusterChanges, OutreachClusterType, OutreachCluster>(
            "Curates an outreach cluster, optionally attaching identified needs (a detected cluster's).", Staff,
            OutreachClusterEditing.Kind, OutreachClusterEdits.Create, () => new OutreachCluster { Name = "" });
        mutation.EditMutation<UpdateOutreachClusterInputType, OutreachClusterChanges, OutreachClusterType, OutreachCluster>(
            "Changes a curated outreach cluster.", Staff, OutreachClusterEditing.Kind, OutreachClusterEdits.Update);
    }
}
