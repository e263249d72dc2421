using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Editing;

/// <summary>How engagement events are recorded: by CVS staff. The programme's six stay as the report gives them: there is no update.</summary>
public sealed class EngagementEventEditing : EditableRecord<EngagementEvent>
{
    public static EngagementEventEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(EngagementEventType).GraphQLName();

    public override string Noun => "engagement event";

    public override IQueryable<EngagementEvent> Records(DirectoryDbContext db) => db.EngagementEvents;

    public override void Authorise(DirectoryCaller caller, int? id) => AccessPolicy.DemandStaff(caller);

    public override void Validate(ProblemList problems, EngagementEvent record) => EngagementEventRules.Check(problems, "input", record);
}
