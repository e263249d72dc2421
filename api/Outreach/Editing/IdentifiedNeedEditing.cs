using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outreach.Editing;

/// <summary>How identified needs are recorded: by CVS staff anywhere and by centre managers in their centres' reach, with the need's own rules.</summary>
public sealed class IdentifiedNeedEditing : EditableRecord<IdentifiedNeed>
{
    public static IdentifiedNeedEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(IdentifiedNeedType).GraphQLName();

    public override string Noun => "identified need";

    public override IQueryable<IdentifiedNeed> Records(DirectoryDbContext db) => db.IdentifiedNeeds;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandNeedRecorder(caller);

    public override void Validate(ProblemList problems, IdentifiedNeed record) => IdentifiedNeedRules.Check(problems, "input", record);
}
