using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Organisations.Editing;

/// <summary>How organisations are edited: by their own coordinators or CVS staff (created by staff), never once archived.</summary>
public sealed class OrganisationEditing : EditableRecord<Organisation>
{
    public static OrganisationEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(OrganisationType).GraphQLName();

    public override IQueryable<Organisation> Records(DirectoryDbContext db) => db.Organisations;

    public override void Authorise(DirectoryCaller caller, int? id)
    {
        if (id is { } organisation)
        {
            AccessPolicy.DemandActFor(caller, organisation);
        }
        else
        {
            AccessPolicy.DemandStaff(caller);
        }
    }

    public override UserError? Refuse(Organisation record) => record.ArchivedAt is null
        ? null
        : UserError.At("input.id", ProblemCodes.Archived, "This organisation is archived; it cannot be changed.");

    public override void Validate(ProblemList problems, Organisation record) => OrganisationRules.Check(problems, "input", record);
}
