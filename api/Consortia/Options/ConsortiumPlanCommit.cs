using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Options;

/// <summary>A committed borough plan: the plan as recomputed, and the FORMING consortia it created.</summary>
public sealed record ConsortiumPlanCommit(BoroughConsortiumPlan Plan, IReadOnlyList<Consortium> Created);
