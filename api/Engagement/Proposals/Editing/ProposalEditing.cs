using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Proposals.Editing;

/// <summary>How proposals are taken forward: by CVS staff.</summary>
public sealed class ProposalEditing : EditableRecord<Proposal>
{
    public static ProposalEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ProposalType).GraphQLName();

    public override string Noun => "proposal";

    public override IQueryable<Proposal> Records(DirectoryDbContext db) => db.Proposals;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandStaff(caller);

    public override void Validate(ProblemList problems, Proposal record) => ProposalRules.Check(problems, "input", record);
}
