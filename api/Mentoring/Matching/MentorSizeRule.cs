namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Who is large enough to mentor whom.</summary>
/// <remarks>
/// A mentor must be larger than its mentee: in a higher NCVO size band, or, within the same band, with an annual
/// income at least twice the mentee's and above it (so two groups with no income never mentor each other).
/// Bands alone would bar a £900,000 group from mentoring a £120,000 one; within a band, twice the income is taken
/// as the smallest gap that still makes one the visibly bigger organisation.
/// </remarks>
public static class MentorSizeRule
{
    public static bool IsLargerThan(MatchingOrganisation mentor, MatchingOrganisation mentee)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var gap = BandGap(mentor, mentee);
        return gap > 0 || (gap == 0 && mentor.AnnualIncome > mentee.AnnualIncome && mentor.AnnualIncome / 2.0 >= mentee.AnnualIncome);
    }

    /// <summary>How many size bands the mentor stands above the mentee (negative when below).</summary>
    public static int BandGap(MatchingOrganisation mentor, MatchingOrganisation mentee)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        return (int)mentor.SizeBand - (int)mentee.SizeBand;
    }
}
