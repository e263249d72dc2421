using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Editing;

public sealed class CreateOutreachClusterInputType : TypedInputGraphType<OutreachClusterChanges>
{
    public CreateOutreachClusterInputType()
    {
        Name = "CreateOutreachClusterInput";
        Description = "A new curated outreach cluster, e.g. one detected by detectNeedClusters and named by CVS staff.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique; at most 200 characters.");
        Field<NonNullGraphType<LocationInputType>>("centroid").Description("The cluster's centre.");
        Field<StringGraphType>("description").Description("What the cluster is about.");
        Field<IdGraphType>("childrensCentreId").Description("The centre it is linked to.");
        Field<StringGraphType>("outreachSite").Description("Where outreach is or could be held.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wards").Description("Codes of the wards it touches.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("needIds").Description("Identified needs to attach to the cluster (e.g. a detected cluster's needs).");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
