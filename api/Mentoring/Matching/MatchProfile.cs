using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// An organisation laid out for the hot loop, where the planner compares millions of pairs: wards, services and
/// areas as bit sets, strengths as an array indexed by area, the location as a point on the unit sphere.
/// </summary>
internal sealed class MatchProfile
{
    private const double EarthRadiusKm = 6371.0088; // the sphere GeoPoint.DistanceKmTo uses

    public MatchProfile(MatchingOrganisation organisation, MatchVocabulary vocabulary)
    {
        Validate(organisation);
        Organisation = organisation;
        Wards = vocabulary.Wards(organisation.WardIds);
        Services = vocabulary.Services(organisation.ServiceCategoryIds);
        ServiceCount = organisation.ServiceCategoryIds.Count;
        StrengthByArea = new int[vocabulary.AreaCount];
        foreach (var (area, strength) in organisation.Capacities)
        {
            StrengthByArea[vocabulary.AreaIndex(area)] = strength;
        }

        StrongAreaIds = [.. organisation.Capacities.Where(c => c.Value >= MatchScorer.StrongCapacity).Select(c => c.Key).Order()];
        StrongAreas = vocabulary.Areas(StrongAreaIds);
        NeedAreaIds = [.. organisation.Needs.Keys.Order()];
        NeedAreaIndexes = [.. NeedAreaIds.Select(vocabulary.AreaIndex)];
        NeedAreas = vocabulary.Areas(NeedAreaIds);
        Priorities = [.. NeedAreaIds.Select(area => organisation.Needs[area])];
        PriorityTotal = Priorities.Sum();
        if (organisation.Location is { } location)
        {
            var (latitude, longitude) = (GeoPoint.ToRadians(location.Latitude), GeoPoint.ToRadians(location.Longitude));
            UnitVector = (Math.Cos(latitude) * Math.Cos(longitude), Math.Cos(latitude) * Math.Sin(longitude), Math.Sin(latitude));
        }
    }

    public MatchingOrganisation Organisation { get; }

    public int Id => Organisation.Id;

    public ulong[] Wards { get; }

    public ulong[] Services { get; }

    public int ServiceCount { get; }

    /// <summary>Strength by area index (0 where it has none).</summary>
    public int[] StrengthByArea { get; }

    /// <summary>The capacity areas of strength 2 or more, the ones a mentor can pass on: ids ascending, and as a set.</summary>
    public int[] StrongAreaIds { get; }

    public ulong[] StrongAreas { get; }

    /// <summary>The needs: area ids ascending, their area indexes and priorities aligned, and the set.</summary>
    public int[] NeedAreaIds { get; }

    public int[] NeedAreaIndexes { get; }

    public int[] Priorities { get; }

    public ulong[] NeedAreas { get; }

    public int PriorityTotal { get; }

    public bool HasNeeds => NeedAreaIds.Length > 0;

    public (double X, double Y, double Z)? UnitVector { get; }

    /// <summary>Whether this mentor is strong in at least one of the mentee's needs.</summary>
    public bool IsStrongInANeedOf(MatchProfile mentee) => BitSets.Overlap(StrongAreas, mentee.NeedAreas);

    public bool SharesAWardWith(MatchProfile other) => BitSets.Overlap(Wards, other.Wards);

    /// <summary>Great-circle distance from the chord between the two unit vectors: haversine's value, without its trigonometry per pair.</summary>
    public double? DistanceKmTo(MatchProfile other)
    {
        if (UnitVector is not { } a || other.UnitVector is not { } b)
        {
            return null;
        }

        var (dx, dy, dz) = (a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        var halfChord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz)) / 2;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, halfChord));
    }

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
}
