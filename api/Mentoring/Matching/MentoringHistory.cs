namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The pairings and exclusions on record, indexed for the eligibility rules and the planner.</summary>
public sealed class MentoringHistory
{
    private readonly Dictionary<int, int> _placesHeld = [];

    // One look-up per pair in the planner's hot loop, whatever the pair's record holds.
    private readonly Dictionary<long, PairRecord> _records = [];

    // Most mentees have no record at all; asking this set first spares the pair look-up for them.
    private readonly HashSet<int> _menteesWithRecords = [];

    public MentoringHistory(IEnumerable<MentoringPairing> pairings, IEnumerable<MentoringExclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(pairings);
        ArgumentNullException.ThrowIfNull(exclusions);
        var holding = new List<MentoringPairing>();
        foreach (var pairing in pairings)
        {
            if (pairing.HoldsPlace && Mark(pairing.MentorId, pairing.MenteeId, PairRecord.HoldsPlace))
            {
                // A pair recorded twice (Accepted, then Active) still holds one place.
                _placesHeld[pairing.MentorId] = PlacesHeld(pairing.MentorId) + 1;
                holding.Add(pairing);
            }
            else if (pairing.State == PairingState.Declined)
            {
                Mark(pairing.MentorId, pairing.MenteeId, PairRecord.Declined);
            }
            else if (pairing.State == PairingState.Ended && pairing.EndedBadly)
            {
                Mark(pairing.MentorId, pairing.MenteeId, PairRecord.EndedBadly);
            }
        }

        foreach (var exclusion in exclusions)
        {
            Mark(exclusion.FirstOrganisationId, exclusion.SecondOrganisationId, PairRecord.Excluded);
            Mark(exclusion.SecondOrganisationId, exclusion.FirstOrganisationId, PairRecord.Excluded);
        }

        PlaceHoldingPairings = [.. holding.OrderBy(p => p.MenteeId).ThenBy(p => p.MentorId)];
    }

    public static MentoringHistory Empty { get; } = new([], []);

    /// <summary>The Accepted and Active pairings (one per pair), ordered by mentee then mentor: the planner keeps them.</summary>
    public IReadOnlyList<MentoringPairing> PlaceHoldingPairings { get; }

    public int PlacesHeld(int mentorId) => _placesHeld.GetValueOrDefault(mentorId);

    /// <summary>
    /// Places left: <see cref="MatchingOrganisation.MaxMentees"/> minus the mentor's Accepted and Active pairings, never below zero.
    /// </summary>
    /// <remarks>
    /// Proposed pairings hold no place: a proposal is only a suggestion until the mentor accepts it, and letting it
    /// hold a place would let stale proposals block a mentor indefinitely. The cost is that several proposals may
    /// compete for a mentor's last place; the mentor's acceptance settles it.
    /// </remarks>
    public int FreePlaces(MatchingOrganisation mentor)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        return Math.Max(0, mentor.MaxMentees - PlacesHeld(mentor.Id));
    }

    internal PairRecord RecordOf(int mentorId, int menteeId) =>
        _menteesWithRecords.Contains(menteeId) ? _records.GetValueOrDefault(Key(mentorId, menteeId)) : PairRecord.None;

    /// <summary>Adds the flag to the pair's record; false when it was already there.</summary>
    private bool Mark(int mentorId, int menteeId, PairRecord flag)
    {
        var key = Key(mentorId, menteeId);
        var record = _records.GetValueOrDefault(key);
        _menteesWithRecords.Add(menteeId);
        _records[key] = record | flag;
        return (record & flag) == 0;
    }

    private static long Key(int mentorId, int menteeId) => ((long)mentorId << 32) | (uint)menteeId;
}
