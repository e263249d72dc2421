using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Mentoring.Pairings;

namespace VcsDirectory.Api.Mentoring.Plans;

/// <summary>A committed plan: the plan as computed, and the proposals it created.</summary>
public sealed record PlanCommit(MentoringPlan Plan, IReadOnlyList<Pairing> Proposed);
