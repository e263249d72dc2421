using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Centres.Editing;

/// <summary>How children's centres are edited: by CVS staff, with the centre's own rules and a name of its own.</summary>
public sealed class ChildrensCentreEditing : EditableRecord<ChildrensCentre>
{
    public static ChildrensCentreEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ChildrensCentreType).GraphQLName();

    public override IQueryable<ChildrensCentre> Records(DirectoryDbContext db) => db.ChildrensCentres;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandStaff(caller);

    public override void Validate(ProblemList problems, ChildrensCentre record) => ChildrensCentreRules.Check(problems, "input", record);
}
