namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The builder's objective, compared in this order: more categories covered, then fewer members, then more locality.</summary>
/// <param name="CoveredCategories">Required categories some member delivers (summed over centres in a borough plan).</param>
/// <param name="Members">Members, lead included.</param>
/// <param name="WardPairs">(member, reach ward served) pairs: the most local consortium has the most.</param>
public sealed record ConsortiumObjective(int CoveredCategories, int Members, int WardPairs)
{
    /// <summary>Positive when <paramref name="one"/> is better than <paramref name="other"/>, negative when worse, 0 when equal.</summary>
    public static int Compare(ConsortiumObjective one, ConsortiumObjective other) =>
        one.CoveredCategories != other.CoveredCategories ? one.CoveredCategories.CompareTo(other.CoveredCategories)
        : one.Members != other.Members ? other.Members.CompareTo(one.Members)
        : one.WardPairs.CompareTo(other.WardPairs);
}
