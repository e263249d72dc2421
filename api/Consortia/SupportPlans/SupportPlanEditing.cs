using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>How support plans are written: by the organisation's coordinators and CVS staff; a plan names its organisation.</summary>
public sealed class SupportPlanEditing : EditableRecord<SupportPlan>
{
    public const string Who = "a coordinator of the organisation, or CVS staff";

    public static SupportPlanEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(SupportPlanType).GraphQLName();

    public override string Noun => "support plan";

    public override IQueryable<SupportPlan> Records(DirectoryDbContext db) => db.SupportPlans;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandEditor(caller, Who);

    /// <summary>The 24-month rule is the proposer's, checked as the plan is made; steps are checked as each changes.</summary>
    public override void Validate(ProblemList problems, SupportPlan record)
    {
    }
}
