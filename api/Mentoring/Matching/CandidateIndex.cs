namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// Built once from all organisations, it finds the pairs worth scoring without touching all pairs: willing mentors
/// listed by the capacity areas they are strong in (2 or more), organisations listed by the areas they need, and a
/// coarse spatial grid for radius filters.
/// </summary>
/// <remarks>
/// A candidate pair is two different organisations where the mentor is willing and strong in at least one of the
/// mentee's needs (and, with a radius, both located within it). The other rules are <see cref="MentorEligibility"/>'s.
/// </remarks>
public sealed class CandidateIndex
{
    private readonly MatchProfile[] _profiles;
    private readonly Dictionary<int, int> _positionById;
    private readonly AreaLists _mentorsByStrongArea;
    private readonly AreaLists _menteesByNeedArea;
    private readonly SpatialGrid _grid = new();

    public CandidateIndex(IEnumerable<MatchingOrganisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var sorted = organisations.OrderBy(o => o.Id).ToList();
        var vocabulary = new MatchVocabulary(sorted);
        _profiles = [.. sorted.Select(o => new MatchProfile(o, vocabulary))];
        _positionById = new Dictionary<int, int>(_profiles.Length);
        for (var position = 0; position < _profiles.Length; position++)
        {
            if (!_positionById.TryAdd(_profiles[position].Id, position))
            {
                throw new ArgumentException($"Organisation {_profiles[position].Id} is listed twice.", nameof(organisations));
            }

            if (_profiles[position].Organisation.Location is { } location)
            {
                _grid.Add(position, location);
            }
        }

        Organisations = [.. _profiles.Select(p => p.Organisation)];
        _mentorsByStrongArea = new AreaLists(_profiles, p => p.Organisation.WillingToMentor ? p.StrongAreaIds : []);
        _menteesByNeedArea = new AreaLists(_profiles, p => p.NeedAreaIds);
    }

    /// <summary>All organisations, ordered by id.</summary>
    public IReadOnlyList<MatchingOrganisation> Organisations { get; }

    public MatchingOrganisation? Find(int id) => _positionById.TryGetValue(id, out var position) ? _profiles[position].Organisation : null;

    /// <summary>The candidate mentors of a mentee, ordered by id.</summary>
    public IReadOnlyList<MatchingOrganisation> CandidateMentors(int menteeId, double? withinKm = null) =>
        OrganisationsAt(CollectMentors(RequirePosition(menteeId), withinKm, []));

    /// <summary>The candidate mentees of a mentor, ordered by id.</summary>
    public IReadOnlyList<MatchingOrganisation> CandidateMentees(int mentorId, double? withinKm = null) =>
        OrganisationsAt(CollectMentees(RequirePosition(mentorId), withinKm, []));

    internal int Count => _profiles.Length;

    internal MatchProfile ProfileAt(int position) => _profiles[position];

    internal int RequirePosition(int id) => _positionById.TryGetValue(id, out var position)
        ? position
        : throw new KeyNotFoundException($"No organisation {id} in the matching pool.");

    /// <summary>Adds the positions of the mentee's candidate mentors to <paramref name="positions"/>, ascending.</summary>
    internal List<int> CollectMentors(int menteePosition, double? withinKm, List<int> positions)
    {
        var mentee = _profiles[menteePosition];
        return withinKm is { } km
            ? CollectNear(mentee, km, other => IsCandidatePair(other, mentee), positions)
            : _mentorsByStrongArea.Collect(mentee.NeedAreaIds, menteePosition, positions);
    }

    /// <summary>Adds the positions of the mentor's candidate mentees to <paramref name="positions"/>, ascending.</summary>
    internal List<int> CollectMentees(int mentorPosition, double? withinKm, List<int> positions)
    {
        var mentor = _profiles[mentorPosition];
        if (!mentor.Organisation.WillingToMentor)
        {
            return positions;
        }

        return withinKm is { } km
            ? CollectNear(mentor, km, other => IsCandidatePair(mentor, other), positions)
            : _menteesByNeedArea.Collect(mentor.StrongAreaIds, mentorPosition, positions);
    }

    private static bool IsCandidatePair(MatchProfile mentor, MatchProfile mentee) =>
        mentor.Id != mentee.Id && mentor.Organisation.WillingToMentor && mentor.IsStrongInANeedOf(mentee);

    private List<int> CollectNear(MatchProfile centre, double withinKm, Func<MatchProfile, bool> isCandidate, List<int> positions)
    {
        if (centre.Organisation.Location is not { } origin)
        {
            return positions; // a radius filter keeps only organisations with a known location
        }

        var start = positions.Count;
        // Measured as the score measures it, so a pair kept within r km never shows a distance above r.
        positions.AddRange(_grid.Near(origin, withinKm).Where(position =>
            isCandidate(_profiles[position]) && centre.DistanceKmTo(_profiles[position]) <= withinKm));
        positions.Sort(start, positions.Count - start, Comparer<int>.Default);
        return positions;
    }

    private List<MatchingOrganisation> OrganisationsAt(List<int> positions) => [.. positions.Select(p => _profiles[p].Organisation)];
}
