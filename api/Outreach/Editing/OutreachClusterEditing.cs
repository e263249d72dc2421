using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>How outreach clusters are curated: by CVS staff, with the cluster's own rules and a name of its own.</summary>
public sealed class OutreachClusterEditing : EditableRecord<OutreachCluster>
{
    public static OutreachClusterEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(OutreachClusterType).GraphQLName();

    public override IQueryable<OutreachCluster> Records(DirectoryDbContext db) => db.OutreachClusters;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandStaff(caller);

    public override void Validate(ProblemList problems, OutreachCluster record) => OutreachClusterRules.Check(problems, "input", record);
}
