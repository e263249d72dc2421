namespace VcsDirectory.Api.Consortia.Building;

/// <summary>Turns a chosen member set into an explained alternative: its lead, what each covers, what stays uncovered.</summary>
internal static class AlternativeDescriber
{
    public static ConsortiumAlternative Describe(
        CentreCandidates centre, IReadOnlyList<EligibleCandidate> members, int rank, IReadOnlyCollection<ConsortiumCandidate> organisations, string unusedReason)
    {
        var lead = ChooseLead(members, centre);
        var coveredBy = members
            .SelectMany(m => m.CategoryIndexes.Select(k => (Category: k, Member: m.Id)))
            .ToLookup(entry => entry.Category, entry => entry.Member);
        var described = members
            .OrderBy(m => m.Id == lead.Id ? 0 : 1)
            .ThenBy(m => m.Id)
            .Select(m => new ConsortiumMember(
                m.Id,
                m.Organisation.Name,
                m.Id == lead.Id ? ConsortiumRole.Lead : ConsortiumRole.Member,
                [.. centre.CategoriesOf(m)],
                ConsortiumExplanations.Qualifications(centre, m),
                m.Id == lead.Id
                    ? ConsortiumExplanations.LeadChoice(m, members.Count(c => c.CanLead))
                    : ConsortiumExplanations.MemberChoice([.. m.CategoryIndexes.Where(k => coveredBy[k].Count() == 1).Select(k => centre.Categories[k])], m)))
            .ToList();
        var uncovered = Enumerable.Range(0, centre.Categories.Length)
            .Where(k => !coveredBy.Contains(k))
            .Select(k => CoverageGaps.Explain(centre, centre.Categories[k], organisations, unusedReason))
            .ToList();
        var objective = new ConsortiumObjective(centre.Categories.Length - uncovered.Count, members.Count, members.Sum(m => m.WardPairs));
        return new ConsortiumAlternative(
            rank, centre.Centre.Id, centre.Request.Kind, lead.Id, described, uncovered, objective,
            ConsortiumExplanations.Summary(objective, centre.Categories.Length));
    }

    /// <summary>The lead-only member if there is one (the model allows at most one); else the able lead covering most, lowest id on a tie.</summary>
    private static EligibleCandidate ChooseLead(IReadOnlyList<EligibleCandidate> members, CentreCandidates centre) =>
        members.Where(m => m.CanLead)
            .OrderByDescending(m => m.OnlyAsLead)
            .ThenByDescending(m => m.CategoryIndexes.Length)
            .ThenBy(m => m.Id)
            .FirstOrDefault()
        ?? throw new InvalidOperationException($"No member of the consortium for centre {centre.Centre.Id} can lead it.");
}
