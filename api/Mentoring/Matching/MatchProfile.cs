namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// An organisation laid out for the hot loop: every set and map as an array sorted by id, so the
/// comparisons the rules and the score make are merges of short arrays rather than hash look-ups.
/// </summary>
internal sealed class MatchProfile
{
    public MatchProfile(MatchingOrganisation organisation)
    {
        Validate(organisation);
        Organisation = organisation;
        ServiceIds = [.. organisation.ServiceCategoryIds.Order()];
        WardIds = [.. organisation.WardIds.Order()];
        var capacities = organisation.Capacities.OrderBy(c => c.Key).ToArray();
        CapacityAreaIds = [.. capacities.Select(c => c.Key)];
        Strengths = [.. capacities.Select(c => c.Value)];
        StrongAreaIds = [.. capacities.Where(c => c.Value >= MatchScorer.StrongCapacity).Select(c => c.Key)];
        var needs = organisation.Needs.OrderBy(n => n.Key).ToArray();
        NeedAreaIds = [.. needs.Select(n => n.Key)];
        Priorities = [.. needs.Select(n => n.Value)];
        PriorityTotal = Priorities.Sum();
    }

    public MatchingOrganisation Organisation { get; }

    public int Id => Organisation.Id;

    public int[] ServiceIds { get; }

    public int[] WardIds { get; }

    public int[] CapacityAreaIds { get; }

    /// <summary>Aligned with <see cref="CapacityAreaIds"/>.</summary>
    public int[] Strengths { get; }

    /// <summary>The capacity areas of strength 2 or more: the ones the mentor can pass on.</summary>
    public int[] StrongAreaIds { get; }

    public int[] NeedAreaIds { get; }

    /// <summary>Aligned with <see cref="NeedAreaIds"/>.</summary>
    public int[] Priorities { get; }

    public int PriorityTotal { get; }

    public bool HasNeeds => NeedAreaIds.Length > 0;

    /// <summary>The mentor's strength in each of the mentee's needs (0 where it has none), aligned with the mentee's <see cref="NeedAreaIds"/>.</summary>
    public void StrengthsFor(MatchProfile mentee, Span<int> strengths)
    {
        var c = 0;
        for (var n = 0; n < mentee.NeedAreaIds.Length; n++)
        {
            var area = mentee.NeedAreaIds[n];
            while (c < CapacityAreaIds.Length && CapacityAreaIds[c] < area)
            {
                c++;
            }

            strengths[n] = c < CapacityAreaIds.Length && CapacityAreaIds[c] == area ? Strengths[c] : 0;
        }
    }

    /// <summary>Whether this mentor is strong in at least one of the mentee's needs.</summary>
    public bool IsStrongInANeedOf(MatchProfile mentee) => CountShared(StrongAreaIds, mentee.NeedAreaIds) > 0;

    private static void Validate(MatchingOrganisation organisation)
    {
        // Out-of-range strengths or priorities would silently bend every score; refuse them where they enter.
        if (organisation.Capacities.Values.Any(s => s is < 1 or > 3) || organisation.Needs.Values.Any(p => p is < 1 or > 3))
        {
            throw new ArgumentException($"Organisation {organisation.Id}: strengths and priorities run from 1 to 3.", nameof(organisation));
        }

        if (organisation.MaxMentees < 0 || organisation.AnnualIncome < 0)
        {
            throw new ArgumentException($"Organisation {organisation.Id}: MaxMentees and AnnualIncome cannot be negative.", nameof(organisation));
        }
    }

    public static int CountShared(int[] sortedA, int[] sortedB)
    {
        int i = 0, j = 0, shared = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            var order = sortedA[i].CompareTo(sortedB[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return shared;
    }
}
