using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Outcomes.Specifications;

/// <summary>The rules a specification keeps: a period that ends after it starts, and targets on known indicators, each once, within the indicator's unit.</summary>
public static class ServiceSpecificationRules
{
    public static void Check(ProblemList problems, string path, ServiceSpecification s)
    {
        if (s.PeriodEnd <= s.PeriodStart)
        {
            problems.Add($"{path}.periodEnd", ProblemCodes.Inconsistent, "The period ends after it starts.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Targets.Count; i++)
        {
            var target = s.Targets[i];
            if (OutcomeRules.Indicator(problems, $"{path}.targets[{i}].indicator", target.IndicatorCode) is not { } indicator)
            {
                continue;
            }

            if (!seen.Add(target.IndicatorCode))
            {
                problems.Add($"{path}.targets[{i}].indicator", ProblemCodes.Duplicate, $"'{target.IndicatorCode}' has a target already.");
            }

            OutcomeRules.Figure(problems, $"{path}.targets[{i}].target", indicator, target.Target);
            OutcomeRules.Figure(problems, $"{path}.targets[{i}].baseline", indicator, target.Baseline);
        }
    }
}
