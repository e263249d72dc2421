using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Specifications.Editing;

/// <summary>How service specifications are edited: by CVS staff (for the commissioners), with the specification's rules.</summary>
public sealed class ServiceSpecificationEditing : EditableRecord<ServiceSpecification>
{
    public static ServiceSpecificationEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ServiceSpecificationType).GraphQLName();

    public override string Noun => "service specification";

    public override IQueryable<ServiceSpecification> Records(DirectoryDbContext db) => db.ServiceSpecifications;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandStaff(caller);

    public override void Validate(ProblemList problems, ServiceSpecification record) => ServiceSpecificationRules.Check(problems, "input", record);
}
