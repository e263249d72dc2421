using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>
/// How consortia change: each lifecycle step says who may (the lead's, an invitee's or a member's coordinator, or CVS
/// staff), from its input before anything is read where it can, else from the consortium's members right after loading.
/// </summary>
public sealed class ConsortiumEditing : EditableRecord<Consortium>
{
    public static ConsortiumEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ConsortiumType).GraphQLName();

    public override string Noun => "consortium";

    public override IQueryable<Consortium> Records(DirectoryDbContext db) => db.Consortia;

    /// <summary>Before the consortium is read, only CVS staff or a coordinator of some organisation may go on.</summary>
    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandEditor(caller, "a coordinator of a member or CVS staff");

    public override void Validate(ProblemList problems, Consortium record) => ConsortiumRules.Check(problems, "input", record);
}
