namespace VcsDirectory.Api.Centres;

/// <summary>How far a stored location can be trusted.</summary>
public enum LocationPrecision
{
    /// <summary>Recorded as given (a street address geocoded, a survey).</summary>
    Exact,

    /// <summary>Within about 1 km (e.g. the centroid of the ward the place is in).</summary>
    Approximate,

    /// <summary>Not known: no location is stored rather than an invented one.</summary>
    Unknown,
}
