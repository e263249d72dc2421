using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Participation.Editing;

/// <summary>How participation opportunities are edited: by the centre's manager or CVS staff.</summary>
public sealed class ParticipationOpportunityEditing : EditableRecord<ParticipationOpportunity>
{
    public static ParticipationOpportunityEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(ParticipationOpportunityType).GraphQLName();

    public override string Noun => "participation opportunity";

    public override IQueryable<ParticipationOpportunity> Records(DirectoryDbContext db) => db.ParticipationOpportunities;

    public override void Authorise(DirectoryCaller caller, int? id) => OutcomeAccess.DemandSomeCentre(caller);

    public override void Validate(ProblemList problems, ParticipationOpportunity record) => ParticipationOpportunityRules.Check(problems, "input", record);
}
