using VcsDirectory.Api.Outcomes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Proposals;

/// <summary>The rules a proposal keeps: one in progress has an owner and a next step; its indicators are the framework's.</summary>
public static class ProposalRules
{
    public static void Check(ProblemList problems, string path, Proposal p)
    {
        problems.Text($"{path}.nextStep", p.NextStep, 1000);
        if (p.Status == ProposalStatus.InProgress && (p.OwnerId is null || string.IsNullOrWhiteSpace(p.NextStep)))
        {
            problems.Add($"{path}.status", ProblemCodes.Inconsistent, "A proposal in progress has an owner organisation and a next step.");
        }

        for (var i = 0; i < p.IndicatorCodes.Count; i++)
        {
            OutcomeRules.Indicator(problems, $"{path}.indicators[{i}]", p.IndicatorCodes[i]);
        }

        if (p.IndicatorCodes.Distinct().Count() != p.IndicatorCodes.Count)
        {
            problems.Add($"{path}.indicators", ProblemCodes.Duplicate, "An indicator is listed more than once.");
        }
    }
}
