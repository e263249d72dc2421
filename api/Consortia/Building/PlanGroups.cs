namespace VcsDirectory.Api.Consortia.Building;

/// <summary>Splits the borough plan into groups of centres that no organisation's limit ties together.</summary>
/// <remarks>
/// An organisation eligible at no more centres than the limit can never reach it, so its limit constrains nothing.
/// Centres are tied when an organisation eligible at more centres than the limit may join both; groups that are not
/// tied share no binding constraint, and each stage of the lexicographic objective is a sum over groups, so the plan's
/// optimum is every group's optimum side by side. Smaller models, and a group whose centres' own optima already fit the
/// limit needs no joint solve at all.
/// </remarks>
internal static class PlanGroups
{
    /// <summary>The groups, each in the input's order, ordered by their first centre.</summary>
    public static List<List<CentreCandidates>> Of(IReadOnlyList<CentreCandidates> centres, int maxConsortiaPerOrganisation)
    {
        var parent = Enumerable.Range(0, centres.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var binding = centres
            .SelectMany((centre, index) => centre.Eligible.Select(candidate => (candidate.Id, index)))
            .GroupBy(entry => entry.Id, entry => entry.index)
            .Where(centresOfOne => centresOfOne.Count() > maxConsortiaPerOrganisation);
        foreach (var centresOfOne in binding)
        {
            var first = Root(centresOfOne.First());
            foreach (var other in centresOfOne.Skip(1))
            {
                parent[Root(other)] = first;
            }
        }

        return [.. Enumerable.Range(0, centres.Count).GroupBy(Root).Select(group => group.Select(i => centres[i]).ToList())];
    }
}
