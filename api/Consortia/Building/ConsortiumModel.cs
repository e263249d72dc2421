using Google.OrTools.Sat;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>One centre's consortium as CP-SAT variables: who is a member, who leads, which categories are covered.</summary>
/// <remarks>
/// member ≥ lead; exactly one lead when the consortium forms (always, for one centre; by choice, in the borough plan);
/// no member without a consortium; a lead-only organisation is a member only as the lead; a category is covered
/// only if a member delivers it. Each rule is a linear row (lead ≤ member, member ≤ forms, covered ≤ Σ deliverers; a
/// lead-only organisation's lead and member are one variable), not a clause, so CP-SAT's LP relaxation reads them all.
/// The objectives are linear in these variables, so they can be solved one after another.
/// </remarks>
internal sealed class ConsortiumModel
{
    /// <param name="modelled">The candidates to model: all eligible ones or those <see cref="DominancePruning"/> keeps.</param>
    public ConsortiumModel(CpModel model, CentreCandidates candidates, IReadOnlyList<EligibleCandidate> modelled, IReadOnlyDictionary<int, int> rankOfId, bool mustForm)
    {
        Candidates = candidates;
        Modelled = modelled;
        var eligible = modelled;
        // A lead-only candidate's membership is its lead; one that could not lead is not eligible at all (ConsortiumEligibility).
        Members = [.. eligible.Select(c => model.NewBoolVar($"member_{candidates.Centre.Id}_{c.Id}"))];
        var leads = eligible.Select((c, i) => !c.CanLead ? null : c.OnlyAsLead ? Members[i] : model.NewBoolVar($"lead_{candidates.Centre.Id}_{c.Id}")).ToArray();
        Covered = [.. candidates.Categories.Select(code => model.NewBoolVar($"covers_{candidates.Centre.Id}_{code}"))];
        Forms = model.NewBoolVar($"forms_{candidates.Centre.Id}");
        if (mustForm)
        {
            model.Add(Forms == 1);
        }

        model.Add(LinearExpr.Sum(leads.OfType<BoolVar>()) == Forms);
        for (var i = 0; i < eligible.Count; i++)
        {
            model.Add(Members[i] <= Forms);
            if (eligible[i].OnlyAsLead && leads[i] is null)
            {
                model.Add(Members[i] == 0);
            }
            else if (leads[i] is { } lead && !eligible[i].OnlyAsLead)
            {
                model.Add(lead <= Members[i]);
            }
        }

        for (var k = 0; k < Covered.Length; k++)
        {
            var deliverers = Enumerable.Range(0, eligible.Count).Where(i => eligible[i].CategoryIndexes.Contains(k)).Select(i => Members[i]);
            model.Add(Covered[k] <= LinearExpr.Sum(deliverers));
        }

        CoveredCount = LinearExpr.Sum(Covered);
        MemberCount = LinearExpr.Sum(Members);
        WardPairs = LinearExpr.WeightedSum(Members, eligible.Select(c => (long)c.WardPairs));
        IdRanks = LinearExpr.WeightedSum(Members, eligible.Select(c => (long)rankOfId[c.Id]));
    }

    public CentreCandidates Candidates { get; }

    /// <summary>The candidates with a member variable, in id order.</summary>
    public IReadOnlyList<EligibleCandidate> Modelled { get; }

    public BoolVar[] Members { get; }

    public BoolVar[] Covered { get; }

    public BoolVar Forms { get; }

    public LinearExpr CoveredCount { get; }

    public LinearExpr MemberCount { get; }

    public LinearExpr WardPairs { get; }

    /// <summary>The sum of the members' ranks by id: the last objective, so ties go to the lower ids.</summary>
    public LinearExpr IdRanks { get; }

    /// <summary>Forbids exactly this member set (a no-good over every member variable).</summary>
    public void Exclude(CpModel model, IReadOnlySet<int> memberIds)
    {
        var literals = Modelled.Select((c, i) => memberIds.Contains(c.Id) ? Members[i].Not() : Members[i]);
        model.AddBoolOr(literals);
    }

    /// <summary>The member set of a solved model, as eligible candidates in id order.</summary>
    public List<EligibleCandidate> ChosenMembers(CpSolver solver) =>
        [.. Modelled.Where((_, i) => solver.BooleanValue(Members[i]))];
}
