using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>Proposes a support plan: one step per readiness gap, each with the best mentor for its area where there is one.</summary>
/// <remarks>
/// The target date is after the start and at most <see cref="MaxMonths"/> months after it (the programme's "18–24
/// months"); otherwise the proposal carries an <see cref="ProblemCodes.OutOfRange"/> problem at <c>input.targetDate</c>
/// and no steps. Steps follow the aim's areas in configuration order, due at equal intervals so the last is due on
/// the target date. The mentor ranking is a function so this stays pure: <see cref="MatcherMentorRanking"/> gives one
/// from the mentoring matcher.
/// </remarks>
public static class SupportPlanProposer
{
    public const int MaxMonths = 24;

    public static SupportPlanProposal Propose(
        int organisationId,
        IReadOnlyDictionary<string, int> strengths,
        ReadinessAim aim,
        DateOnly start,
        DateOnly target,
        ReadinessRequirements requirements,
        Func<string, MentorForArea?> bestMentorFor)
    {
        ArgumentNullException.ThrowIfNull(bestMentorFor);
        var readiness = Readiness.Of(strengths, aim, requirements);
        if (target <= start || target > start.AddMonths(MaxMonths))
        {
            var problem = new Problem("input.targetDate", ProblemCodes.OutOfRange,
                $"The target date must be after the start ({start:yyyy-MM-dd}) and at most {MaxMonths} months after it ({start.AddMonths(MaxMonths):yyyy-MM-dd}).");
            return new SupportPlanProposal(organisationId, aim, start, target, readiness, [], [problem]);
        }

        var days = target.DayNumber - start.DayNumber;
        var gaps = readiness.Gaps;
        var steps = gaps
            .Select((area, i) => Step(area, start.AddDays((int)Math.Round((i + 1) * (double)days / gaps.Count)), bestMentorFor(area)))
            .ToList();
        return new SupportPlanProposal(organisationId, aim, start, target, readiness, steps, []);
    }

    private static ProposedSupportStep Step(string area, DateOnly due, MentorForArea? mentor) => mentor is null
        ? new ProposedSupportStep(area, due, SupportStepSource.CvsAdvice, null,
            $"No eligible mentor is strong in {area} with a free place, so CVS advice is proposed; training can replace it.")
        : new ProposedSupportStep(area, due, SupportStepSource.Mentoring, mentor, mentor.Explanation);
}
