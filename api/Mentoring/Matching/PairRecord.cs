namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>What the history holds about one ordered (mentor, mentee) pair.</summary>
[Flags]
internal enum PairRecord
{
    None = 0,
    HoldsPlace = 1,
    Declined = 2,
    EndedBadly = 4,
    Excluded = 8,
}
