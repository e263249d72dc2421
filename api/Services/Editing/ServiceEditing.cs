using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>
/// How services are edited: by their provider's coordinators and CVS staff, with the service's own rules. A service
/// names its provider, so the final who-may needs the row; callers who could be neither are refused before any read.
/// </summary>
public sealed class ServiceEditing : EditableRecord<Service>
{
    public const string Who = "a coordinator of the service's provider or CVS staff";

    public static ServiceEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ServiceType).GraphQLName();

    public override string Noun => "service";

    public override IQueryable<Service> Records(DirectoryDbContext db) => db.Services;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandEditor(caller, Who);

    public override void Validate(ProblemList problems, Service record) => ServiceRules.Check(problems, "input", record);
}
