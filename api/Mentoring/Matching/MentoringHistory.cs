namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>The pairings and exclusions on record, indexed for the eligibility rules and the planner.</summary>
public sealed class MentoringHistory
{
    private readonly Dictionary<int, int> _placesHeld = [];
    private readonly HashSet<long> _placeHolding = [];
    private readonly HashSet<long> _declined = [];
    private readonly HashSet<long> _endedBadly = [];
    private readonly HashSet<long> _excluded = [];

    public MentoringHistory(IEnumerable<MentoringPairing> pairings, IEnumerable<MentoringExclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(pairings);
        ArgumentNullException.ThrowIfNull(exclusions);
        var holding = new List<MentoringPairing>();
        foreach (var pairing in pairings)
        {
            var key = Key(pairing.MentorId, pairing.MenteeId);
            if (pairing.HoldsPlace && _placeHolding.Add(key))
            {
                // A pair recorded twice (Accepted, then Active) still holds one place.
                _placesHeld[pairing.MentorId] = PlacesHeld(pairing.MentorId) + 1;
                holding.Add(pairing);
            }
            else if (pairing.State == PairingState.Declined)
            {
                _declined.Add(key);
            }
            else if (pairing.State == PairingState.Ended && pairing.EndedBadly)
            {
                _endedBadly.Add(key);
            }
        }

        foreach (var exclusion in exclusions)
        {
            _excluded.Add(Key(exclusion.FirstOrganisationId, exclusion.SecondOrganisationId));
            _excluded.Add(Key(exclusion.SecondOrganisationId, exclusion.FirstOrganisationId));
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

    internal bool HoldsPlace(int mentorId, int menteeId) => _placeHolding.Contains(Key(mentorId, menteeId));

    internal bool WasDeclined(int mentorId, int menteeId) => _declined.Contains(Key(mentorId, menteeId));

    internal bool EndedBadly(int mentorId, int menteeId) => _endedBadly.Contains(Key(mentorId, menteeId));

    internal bool IsExcluded(int mentorId, int menteeId) => _excluded.Contains(Key(mentorId, menteeId));

    private static long Key(int mentorId, int menteeId) => ((long)mentorId << 32) | (uint)menteeId;
}
