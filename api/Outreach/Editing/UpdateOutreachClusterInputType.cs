using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Outreach.Editing;

public sealed class UpdateOutreachClusterInputType : TypedInputGraphType<OutreachClusterChanges>
{
    public UpdateOutreachClusterInputType()
    {
        Name = "UpdateOutreachClusterInput";
        Description = "Changes to a cluster: an omitted field is left as it is; null clears an optional one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the outreach cluster to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one is refused with STALE.");
        Field<StringGraphType>("name").Description("Omitted: unchanged.");
        Field<LocationInputType>("centroid").Description("The cluster's centre; omitted: unchanged.");
        Field<StringGraphType>("description").Description("Null clears it, omitted leaves it.");
        Field<IdGraphType>("childrensCentreId").Description("The centre it is linked to.");
        Field<StringGraphType>("outreachSite").Description("Where outreach is or could be held.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wards").Description("Codes of the wards it touches.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("addNeedIds").Description("Identified needs to attach; one in another cluster moves to this one.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("removeNeedIds").Description("Identified needs to detach; each must be in this cluster.");
    }
}
